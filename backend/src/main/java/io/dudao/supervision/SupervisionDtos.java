package io.dudao.supervision;

import io.dudao.supervision.SupervisionEnums.AppointmentStatus;
import io.dudao.supervision.SupervisionEnums.Employment;
import io.dudao.supervision.SupervisionEnums.Semester;
import io.dudao.supervision.SupervisionEnums.VisitFrequency;
import io.dudao.supervision.SupervisionRules.CellState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of responsibility supervision. */
public final class SupervisionDtos {

    private SupervisionDtos() {
    }

    private static final String MONTH_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

    @Schema(name = "SaveAppointmentRequest", description = "督学聘任 / An appointment of a responsibility supervisor to a zone")
    public record SaveAppointmentRequest(
            @NotNull @Schema(required = true, description = "The appointed user, of any organisation (often a school)") Long userId,
            @NotNull @Schema(required = true, description = "The responsibility zone (责任区)") Long zoneId,
            @NotNull @Schema(required = true, description = "First day of the term") LocalDate termStart,
            @NotNull @Schema(required = true, description = "Last day of the term; not before termStart") LocalDate termEnd,
            @Size(max = 50) @Schema(description = "督学证 number") String certificateNo,
            @NotNull @Schema(required = true) Employment employment,
            @Schema(description = "Default ACTIVE") AppointmentStatus status,
            @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "只能包含数字、空格、+ 和 -")
            @Schema(description = "Phone shown on the school's 公示牌") String phone,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }

    @Schema(name = "AppointmentResponse", description = "督学聘任 / An appointment, with the supervisor's load")
    public record AppointmentResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long userId,
            @Schema(required = true) String userDisplayName,
            @Schema(required = true, description = "The supervisor's own organisation (a school for part-time principals)") long userOrgId,
            @Schema(required = true) String userOrgName,
            @Schema(required = true) long zoneId,
            @Schema(required = true) String zoneName,
            @Schema(required = true) LocalDate termStart,
            @Schema(required = true) LocalDate termEnd,
            String certificateNo,
            @Schema(required = true) Employment employment,
            @Schema(required = true) AppointmentStatus status,
            String phone,
            @Schema(required = true, description = "ACTIVE and today within the term") boolean current,
            @Schema(required = true, description = "Schools the supervisor supervises, through all their appointments") int schoolCount,
            @Schema(required = true, description = "The county's schools-per-supervisor setting") int schoolLimit,
            @Schema(required = true, description = "schoolCount above schoolLimit: a warning, not a refusal") boolean overLimit,
            @Schema(required = true) long version) {
    }

    @Schema(name = "SupervisionSettingsRequest", description = "A county's supervision settings, each figure with its source")
    public record SupervisionSettingsRequest(
            @NotNull @Min(1) @Max(100) @Schema(required = true) Integer schoolsPerSupervisor,
            @NotBlank @Size(max = 500) @Schema(required = true) String schoolsPerSupervisorSource,
            @NotNull @Min(1) @Max(500) @Schema(required = true) Integer schoolsPerZone,
            @NotBlank @Size(max = 500) @Schema(required = true) String schoolsPerZoneSource,
            @NotNull @Schema(required = true) VisitFrequency visitFrequency,
            @NotNull @Min(1) @Max(31) @Schema(required = true, description = "Visits per month (MONTHLY) or per semester") Integer visitsPerPeriod,
            @NotBlank @Size(max = 500) @Schema(required = true) String visitFrequencySource,
            @NotNull @Pattern(regexp = MONTH_DAY, message = "格式应为 MM-DD") @Schema(required = true, example = "02-20") String springStart,
            @NotNull @Pattern(regexp = MONTH_DAY, message = "格式应为 MM-DD") @Schema(required = true, example = "07-10") String springEnd,
            @NotNull @Pattern(regexp = MONTH_DAY, message = "格式应为 MM-DD") @Schema(required = true, example = "09-01") String autumnStart,
            @NotNull @Pattern(regexp = MONTH_DAY, message = "格式应为 MM-DD") @Schema(required = true, example = "01-20") String autumnEnd,
            @NotNull @Size(max = 12) @Schema(required = true, description = "Months (1–12) without teaching, e.g. [1, 2, 7, 8]") List<Integer> holidayMonths,
            @Schema(description = "The version being updated (or send If-Match)") Long version) {
    }

    @Schema(name = "SupervisionSettingsResponse")
    public record SupervisionSettingsResponse(
            @Schema(required = true) long orgId,
            @Schema(required = true, description = "True while the county follows the national defaults") boolean inherited,
            @Schema(required = true) int schoolsPerSupervisor,
            @Schema(required = true) String schoolsPerSupervisorSource,
            @Schema(required = true) int schoolsPerZone,
            @Schema(required = true) String schoolsPerZoneSource,
            @Schema(required = true) VisitFrequency visitFrequency,
            @Schema(required = true) int visitsPerPeriod,
            @Schema(required = true) String visitFrequencySource,
            @Schema(required = true) String springStart,
            @Schema(required = true) String springEnd,
            @Schema(required = true) String autumnStart,
            @Schema(required = true) String autumnEnd,
            @Schema(required = true) List<Integer> holidayMonths,
            @Schema(required = true) long version) {
    }

    @Schema(name = "SaveSchoolSupervisorsRequest", description = "挂牌: a school's lead supervisor and optional others; empty clears")
    public record SaveSchoolSupervisorsRequest(
            @Schema(description = "The lead supervisor (required when others are named)") Long leadUserId,
            @Size(max = 10) @Schema(description = "Further supervisors") List<Long> otherUserIds) {
    }

    @Schema(name = "AssignedSupervisor")
    public record AssignedSupervisor(
            @Schema(required = true) long appointmentId,
            @Schema(required = true) long userId,
            @Schema(required = true) String displayName,
            @Schema(required = true) String organizationName,
            @Schema(required = true) Employment employment,
            String certificateNo,
            String phone,
            @Schema(required = true) boolean lead) {
    }

    @Schema(name = "SchoolSupervisorsResponse")
    public record SchoolSupervisorsResponse(
            @Schema(required = true) long schoolId,
            @Schema(required = true) String schoolName,
            Long zoneId,
            String zoneName,
            @Schema(required = true, description = "Lead first") List<AssignedSupervisor> supervisors) {
    }

    @Schema(name = "AssignmentRow", description = "One supervisor of one school")
    public record AssignmentRow(
            @Schema(required = true) long schoolId,
            @Schema(required = true) String schoolName,
            @Schema(required = true) long zoneId,
            @Schema(required = true) String zoneName,
            @Schema(required = true) long appointmentId,
            @Schema(required = true) long userId,
            @Schema(required = true) String supervisorName,
            @Schema(required = true) boolean lead) {
    }

    @Schema(name = "CoverageCell")
    public record CoverageCell(
            @Schema(required = true, example = "2023-09") String month,
            @Schema(required = true, description = "Submitted routine visits dated in the month") int visits,
            @Schema(required = true) CellState state) {
    }

    @Schema(name = "CoverageSchool")
    public record CoverageSchool(
            @Schema(required = true) long schoolId,
            @Schema(required = true) String schoolName,
            Long zoneId,
            String zoneName,
            @Schema(required = true) long countyId,
            @Schema(required = true) String countyName,
            Long leadUserId,
            String leadName,
            @Schema(required = true) List<CoverageCell> cells,
            @Schema(required = true) int visits,
            @Schema(required = true, description = "ceil(frequency × teaching months elapsed)") int requiredByNow,
            @Schema(required = true, description = "visits ≥ requiredByNow; red otherwise") boolean onTrack) {
    }

    @Schema(name = "CoverageRollup", description = "Schools on track under one supervisor, zone, county or city")
    public record CoverageRollup(
            @Schema(required = true, description = "Organisation id, or the supervisor's user id") long id,
            @Schema(required = true) String name,
            @Schema(required = true) int schools,
            @Schema(required = true) int onTrack,
            @Schema(required = true, description = "onTrack ÷ schools, 0–1 (1 when there are no schools)") double share,
            @Schema(description = "The limit that applies (schools per supervisor or per zone); null for counties and cities") Integer limit,
            @Schema(required = true, description = "schools above the limit: a warning, not a refusal") boolean overLimit) {
    }

    @Schema(name = "CoverageResponse", description = "School × month visit counts of a semester, with roll-ups")
    public record CoverageResponse(
            @Schema(required = true) long orgId,
            @Schema(required = true) int year,
            @Schema(required = true) Semester semester,
            @Schema(required = true) LocalDate today,
            @Schema(required = true, description = "The calendar months of the columns, e.g. 2023-09") List<String> months,
            @Schema(required = true) List<CoverageSchool> schools,
            @Schema(required = true) List<CoverageRollup> supervisors,
            @Schema(required = true) List<CoverageRollup> zones,
            @Schema(required = true) List<CoverageRollup> counties,
            @Schema(required = true) List<CoverageRollup> cities,
            @Schema(required = true) CoverageRollup total) {
    }

    /** The JSON page of appointments, for the contract. */
    @Schema(name = "AppointmentPage")
    public record AppointmentPage(@Schema(required = true) List<AppointmentResponse> items, @Schema(required = true) int page,
                                  @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    /** The JSON page of assignments, for the contract. */
    @Schema(name = "AssignmentPage")
    public record AssignmentPage(@Schema(required = true) List<AssignmentRow> items, @Schema(required = true) int page,
                                 @Schema(required = true) int size, @Schema(required = true) long total) {
    }
}
