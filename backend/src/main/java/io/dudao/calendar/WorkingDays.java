package io.dudao.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Working days on the calendar the administrators keep: Monday to Friday, except the public holidays
 * of the year's schedule, plus the weekend days worked in exchange (调休上班). A year nobody entered
 * counts weekends only, and the answer says which years those were. Every deadline counted in working
 * days goes through here (nothing is cached in memory: a schedule changed on one replica counts on all).
 */
@ApplicationScoped
public class WorkingDays {

    /** The n-th working day after a date, and the years on the way that had no schedule. */
    public record Addition(LocalDate from, int days, LocalDate date, SortedSet<Integer> yearsWithoutSchedule) {

        public boolean weekendsOnly() {
            return !yearsWithoutSchedule.isEmpty();
        }
    }

    @Inject
    EntityManager em;

    /** The n-th working day after {@code from} ({@code from} itself is not counted; 0 gives {@code from}). */
    public LocalDate add(LocalDate from, int days) {
        return addExplained(from, days).date();
    }

    public Addition addExplained(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = from;
        int counted = 0;
        SortedSet<Integer> unscheduled = new TreeSet<>();
        // a window that holds n working days even around the longest holidays; walked again only past it
        LocalDate windowEnd = from;
        Map<LocalDate, CalendarDay.Kind> listed = Map.of();
        Set<Integer> scheduled = Set.of();
        while (counted < days) {
            date = date.plusDays(1);
            if (date.isAfter(windowEnd)) {
                windowEnd = date.plusDays((days - counted) * 2L + 31);
                listed = listed(date, windowEnd);
                scheduled = scheduledYears(date.getYear(), windowEnd.getYear());
            }
            if (!scheduled.contains(date.getYear())) {
                unscheduled.add(date.getYear());
            }
            if (working(date, listed)) {
                counted++;
            }
        }
        return new Addition(from, days, date, unscheduled);
    }

    /** Whether a single date is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        return working(date, listed(date, date));
    }

    private static boolean working(LocalDate date, Map<LocalDate, CalendarDay.Kind> listed) {
        CalendarDay.Kind kind = listed.get(date);
        if (kind != null) {
            return kind == CalendarDay.Kind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, CalendarDay.Kind> listed(LocalDate first, LocalDate last) {
        List<CalendarDay> days = em.createQuery("from CalendarDay d where d.day between :first and :last", CalendarDay.class)
                .setParameter("first", first).setParameter("last", last).getResultList();
        Map<LocalDate, CalendarDay.Kind> out = new HashMap<>();
        days.forEach(d -> out.put(d.day, d.kind));
        return out;
    }

    private Set<Integer> scheduledYears(int first, int last) {
        return em.createQuery("select y.year from CalendarYear y where y.year between :first and :last", Integer.class)
                .setParameter("first", first).setParameter("last", last).getResultStream().collect(Collectors.toSet());
    }
}
