package io.dudao.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** API types of the working-day calendar. */
public final class CalendarDtos {

    private CalendarDtos() {
    }

    @Schema(name = "CalendarDay", description = "A listed day: a public holiday (HOLIDAY) or a weekend day worked in exchange (WORKDAY, 调休上班)")
    public record CalendarDayDto(
            @NotNull @Schema(required = true) LocalDate date,
            @NotNull @Schema(required = true) CalendarDay.Kind kind,
            @Size(max = 100) String name) {
    }

    @Schema(name = "CalendarYear", description = "One year's schedule. scheduled=false: nobody entered it, so only weekends count as days off")
    public record CalendarYearResponse(
            @Schema(required = true) int year,
            @Schema(required = true, description = "Whether a schedule was entered for the year") boolean scheduled,
            @Schema(required = true, description = "True when the year has no schedule: working days are Monday to Friday only")
            boolean weekendsOnly,
            @Schema(description = "Where the schedule comes from, e.g. the State Council's notice and its number") String source,
            @Schema(required = true) List<CalendarDayDto> days,
            String updatedBy,
            OffsetDateTime updatedAt,
            @Schema(description = "For If-Match on the next save; absent while unscheduled") Long version) {
    }

    @Schema(name = "CalendarYearSummary")
    public record CalendarYearSummary(
            @Schema(required = true) int year,
            @Schema(required = true) String source,
            @Schema(required = true) long holidays,
            @Schema(required = true) long workdays,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "SaveCalendarYearRequest", description = "Replaces the year's schedule")
    public record SaveCalendarYearRequest(
            @NotBlank @Size(max = 1000) @Schema(required = true, description = "The notice it follows, e.g. 国务院办公厅关于2026年部分节假日安排的通知")
            String source,
            @NotNull @Size(max = 200) @Valid @Schema(required = true) List<@NotNull CalendarDayDto> days,
            @Schema(description = "The version being replaced (or send If-Match); not needed for a new year") Long version) {
    }

    @Schema(name = "CalendarImportWarning")
    public record ImportWarning(@Schema(required = true) int line, @Schema(required = true) String text,
                                @Schema(required = true) String message) {
    }

    @Schema(name = "CalendarImportResult", description = "What was read from the notice; saved unless preview=true")
    public record ImportResult(
            @Schema(required = true) boolean saved,
            @Schema(description = "The year's schedule as saved, or as it would be") CalendarYearResponse calendar,
            @Schema(required = true) List<ImportWarning> warnings) {
    }

    @Schema(name = "WorkingDaysResult", description = "The n-th working day after a date")
    public record WorkingDaysResponse(
            @Schema(required = true) LocalDate from,
            @Schema(required = true) int days,
            @Schema(required = true) LocalDate date,
            @Schema(required = true, description = "Some year on the way has no schedule: only weekends were skipped there")
            boolean weekendsOnly,
            @Schema(required = true) List<Integer> yearsWithoutSchedule) {
    }
}
