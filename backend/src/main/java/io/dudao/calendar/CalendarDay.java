package io.dudao.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A day a schedule lists: a public holiday, or a weekend day worked in exchange (调休上班). */
@Entity
@Table(name = "work_calendar_day")
public class CalendarDay {

    @Schema(name = "CalendarDayKind")
    public enum Kind {
        /** 放假: no work although it may be a weekday. */
        HOLIDAY,
        /** 调休上班: a weekend day that is worked. */
        WORKDAY
    }

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String name;
}
