package io.dudao.supervision;

import io.dudao.supervision.SupervisionEnums.Semester;
import io.dudao.supervision.SupervisionEnums.VisitFrequency;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A county's supervision settings as rules: which months of a semester are teaching months, how many
 * visits a school needs by today, and the state of each month's cell on the coverage view. A month
 * counts as elapsed once it has ended: the visit of the current month is due, not yet missed.
 */
public record SupervisionRules(int schoolsPerSupervisor, int schoolsPerZone, VisitFrequency frequency, int visitsPerPeriod,
                               MonthDay springStart, MonthDay springEnd, MonthDay autumnStart, MonthDay autumnEnd,
                               Set<Integer> holidayMonths) {

    /** A month of a school on the coverage view. */
    public enum CellState {
        /** enough visits for the month */
        VISITED,
        /** an elapsed teaching month with too few visits (red) */
        MISSED,
        /** the current month, not yet enough visits */
        DUE,
        /** a month still to come */
        UPCOMING,
        /** a holiday month: no visit expected */
        HOLIDAY,
        /** an elapsed month without visits where the county sets a per-semester frequency: no monthly requirement */
        NONE
    }

    public static SupervisionRules of(SupervisionSettings s) {
        return of(s.schoolsPerSupervisor, s.schoolsPerZone, s.visitFrequency, s.visitsPerPeriod, s.springStart, s.springEnd,
                s.autumnStart, s.autumnEnd, s.holidayMonths);
    }

    /** From the stored form of the settings (month-days as "09-01", holiday months as "1,2,7,8"). */
    public static SupervisionRules of(int schoolsPerSupervisor, int schoolsPerZone, VisitFrequency frequency, int visitsPerPeriod,
                                      String springStart, String springEnd, String autumnStart, String autumnEnd,
                                      String holidayMonths) {
        return new SupervisionRules(schoolsPerSupervisor, schoolsPerZone, frequency, visitsPerPeriod, monthDay(springStart),
                monthDay(springEnd), monthDay(autumnStart), monthDay(autumnEnd), parseMonths(holidayMonths));
    }

    /** "09-01" → September 1st. */
    public static MonthDay monthDay(String value) {
        return MonthDay.parse("--" + value);
    }

    public static Set<Integer> parseMonths(String stored) {
        return stored == null || stored.isBlank() ? Set.of()
                : Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public LocalDate start(int year, Semester semester) {
        return (semester == Semester.SPRING ? springStart : autumnStart).atYear(year);
    }

    /** The autumn semester ends in the next year when its end comes before its start in the calendar. */
    public LocalDate end(int year, Semester semester) {
        if (semester == Semester.SPRING) {
            return springEnd.atYear(year);
        }
        return autumnEnd.atYear(autumnEnd.isBefore(autumnStart) ? year + 1 : year);
    }

    /** Every calendar month the semester touches, in order. */
    public List<YearMonth> months(int year, Semester semester) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(end(year, semester));
        for (YearMonth m = YearMonth.from(start(year, semester)); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean teaching(YearMonth month) {
        return !holidayMonths.contains(month.getMonthValue());
    }

    public int teachingMonths(int year, Semester semester) {
        return (int) months(year, semester).stream().filter(this::teaching).count();
    }

    /** Teaching months of the semester that have ended before today. */
    public int elapsedTeachingMonths(int year, Semester semester, LocalDate today) {
        return (int) months(year, semester).stream().filter(this::teaching).filter(m -> m.atEndOfMonth().isBefore(today)).count();
    }

    /** ceil(frequency per month × elapsed teaching months). */
    public int requiredByNow(int year, Semester semester, LocalDate today) {
        int elapsed = elapsedTeachingMonths(year, semester, today);
        if (frequency == VisitFrequency.MONTHLY) {
            return visitsPerPeriod * elapsed;
        }
        int teaching = teachingMonths(year, semester);
        return teaching == 0 ? 0 : (visitsPerPeriod * elapsed + teaching - 1) / teaching;
    }

    public CellState cell(YearMonth month, int visits, LocalDate today) {
        if (!teaching(month)) {
            return CellState.HOLIDAY;
        }
        int monthly = frequency == VisitFrequency.MONTHLY ? visitsPerPeriod : 1;
        YearMonth current = YearMonth.from(today);
        if (month.isAfter(current)) {
            return visits >= monthly ? CellState.VISITED : CellState.UPCOMING;
        }
        if (visits >= monthly) {
            return CellState.VISITED;
        }
        if (month.equals(current)) {
            return CellState.DUE;
        }
        return frequency == VisitFrequency.MONTHLY ? CellState.MISSED : CellState.NONE;
    }
}
