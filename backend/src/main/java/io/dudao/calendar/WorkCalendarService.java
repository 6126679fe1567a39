package io.dudao.calendar;

import io.dudao.audit.AuditService;
import io.dudao.calendar.CalendarDtos.CalendarDayDto;
import io.dudao.calendar.CalendarDtos.CalendarYearResponse;
import io.dudao.calendar.CalendarDtos.CalendarYearSummary;
import io.dudao.calendar.CalendarDtos.ImportResult;
import io.dudao.calendar.CalendarDtos.ImportWarning;
import io.dudao.calendar.CalendarDtos.SaveCalendarYearRequest;
import io.dudao.calendar.CalendarDtos.WorkingDaysResponse;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.common.web.Etags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/** Each year's working-day schedule: read by everyone, entered or imported by administrators. */
@ApplicationScoped
public class WorkCalendarService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_DAYS = 3650;

    @Inject
    EntityManager em;

    @Inject
    WorkingDays workingDays;

    @Inject
    AuditService audit;

    public List<CalendarYearSummary> years() {
        List<Object[]> rows = em.createQuery("""
                        select y.year, y.source,
                               (select count(d) from CalendarDay d where d.year = y.year and d.kind = :holiday),
                               (select count(d) from CalendarDay d where d.year = y.year and d.kind = :workday),
                               y.updatedAt
                        from CalendarYear y order by y.year desc""", Object[].class)
                .setParameter("holiday", CalendarDay.Kind.HOLIDAY).setParameter("workday", CalendarDay.Kind.WORKDAY)
                .getResultList();
        return rows.stream().map(r -> new CalendarYearSummary((Integer) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (OffsetDateTime) r[4])).toList();
    }

    public CalendarYearResponse get(int year) {
        checkYear(year);
        CalendarYear y = em.find(CalendarYear.class, year);
        return y == null ? unscheduled(year) : toResponse(y, days(year));
    }

    @Transactional
    public CalendarYearResponse save(Caller caller, int year, SaveCalendarYearRequest request, String ifMatch) {
        requireAdmin(caller);
        checkYear(year);
        List<CalendarDayDto> days = checkDays(year, request.days(), i -> "days[" + i + "]");
        return store(caller, year, request.source().trim(), days,
                existing -> Etags.expectedVersion(ifMatch, request.version(), existing.version));
    }

    @Transactional
    public void delete(Caller caller, int year) {
        requireAdmin(caller);
        checkYear(year);
        CalendarYear y = em.find(CalendarYear.class, year);
        if (y == null) {
            throw ApiException.notFound(year + "年的工作日安排", "The calendar of " + year);
        }
        Map<String, Object> before = snapshot(y, days(year));
        em.createQuery("delete from CalendarDay d where d.year = :year").setParameter("year", year).executeUpdate();
        em.remove(y);
        em.flush();
        audit.record(caller, "DELETE", "WORK_CALENDAR", year, null, "删除" + year + "年工作日安排", before);
    }

    /**
     * Reads the State Council's notice (or typed lines) and, unless previewing, saves the schedule it
     * describes in place of the year's current one. Warnings name the lines it could not read.
     */
    @Transactional
    public ImportResult importNotice(Caller caller, int year, String text, boolean preview) {
        requireAdmin(caller);
        checkYear(year);
        if (text == null || text.isBlank()) {
            throw ApiException.validation("text", "导入内容为空", "the notice text is empty");
        }
        HolidayNotice.Parsed parsed = HolidayNotice.parse(text, year);
        if (parsed.year() != null && parsed.year() != year) {
            throw ApiException.validation("text", "通知是" + parsed.year() + "年的安排，不是" + year + "年的",
                    "the notice is for " + parsed.year() + ", not " + year);
        }
        List<ImportWarning> warnings = parsed.warnings().stream()
                .map(w -> new ImportWarning(w.line(), w.text(), w.message())).toList();
        List<CalendarDayDto> days = checkDays(year,
                parsed.days().stream().map(d -> new CalendarDayDto(d.date(), d.kind(), d.name())).toList(), i -> "text");
        String source = parsed.source() != null ? parsed.source() : year + "年工作日安排（管理员导入）";
        if (preview) {
            CalendarYearResponse shown = new CalendarYearResponse(year, true, false, source, sorted(days), null, null, null);
            return new ImportResult(false, shown, warnings);
        }
        return new ImportResult(true, store(caller, year, source, days, existing -> { }), warnings);
    }

    public WorkingDaysResponse addWorkingDays(LocalDate from, Integer days) {
        if (from == null) {
            throw ApiException.validation("from", "请提供起算日期", "from is required");
        }
        if (days == null || days < 0 || days > MAX_DAYS) {
            throw ApiException.validation("days", "工作日数须在 0 到 " + MAX_DAYS + " 之间", "days must be between 0 and " + MAX_DAYS);
        }
        if (from.getYear() < FIRST_YEAR || from.getYear() > LAST_YEAR - 15) {
            throw ApiException.validation("from", "起算日期超出范围", "from is out of range");
        }
        WorkingDays.Addition a = workingDays.addExplained(from, days);
        return new WorkingDaysResponse(a.from(), a.days(), a.date(), a.weekendsOnly(), List.copyOf(a.yearsWithoutSchedule()));
    }

    /** Replaces the year's schedule (creating the year when new); {@code versionCheck} sees the existing one. */
    private CalendarYearResponse store(Caller caller, int year, String source, List<CalendarDayDto> days,
                                       Consumer<CalendarYear> versionCheck) {
        CalendarYear y = em.find(CalendarYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object> before = null;
        if (y == null) {
            y = new CalendarYear();
            y.year = year;
        } else {
            versionCheck.accept(y);
            before = snapshot(y, days(year));
        }
        List<Object[]> elsewhere = em.createQuery("select d.day, d.year from CalendarDay d where d.day in :days and d.year <> :year",
                        Object[].class)
                .setParameter("days", days.stream().map(CalendarDayDto::date).toList()).setParameter("year", year)
                .setMaxResults(1).getResultList();
        if (!days.isEmpty() && !elsewhere.isEmpty()) {
            throw ApiException.validation("days", elsewhere.get(0)[0] + " 已列入" + elsewhere.get(0)[1] + "年的安排",
                    elsewhere.get(0)[0] + " is already listed in the schedule of " + elsewhere.get(0)[1]);
        }
        boolean created = before == null;
        y.source = source;
        y.updatedBy = caller.username();
        y.updatedAt = AppClock.current().now(); // a change of days alone must still bump the version
        if (created) {
            em.persist(y);
        }
        em.createQuery("delete from CalendarDay d where d.year = :year").setParameter("year", y.year).executeUpdate();
        em.flush();
        for (CalendarDayDto d : days) {
            CalendarDay day = new CalendarDay();
            day.day = d.date();
            day.year = y.year;
            day.kind = d.kind();
            day.name = d.name() == null || d.name().isBlank() ? null : d.name().trim();
            em.persist(day);
        }
        em.flush();
        List<CalendarDayDto> stored = days(y.year);
        Map<String, Object> after = snapshot(y, stored);
        audit.record(caller, created ? "CREATE" : "UPDATE", "WORK_CALENDAR", y.year, null,
                (created ? "录入" : "修改") + y.year + "年工作日安排", created ? after : AuditService.changes(before, after));
        return toResponse(y, stored);
    }

    private List<CalendarDayDto> checkDays(int year, List<CalendarDayDto> days, IntFunction<String> fieldOf) {
        LocalDate first = LocalDate.of(year - 1, 12, 1);
        LocalDate last = LocalDate.of(year + 1, 1, 31);
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDayDto d = days.get(i);
            String at = fieldOf.apply(i);
            if (d.date().isBefore(first) || d.date().isAfter(last)) {
                throw ApiException.validation(at, d.date() + " 不在" + year + "年安排的范围内",
                        d.date() + " is outside the schedule of " + year);
            }
            if (!seen.add(d.date())) {
                throw ApiException.validation(at, d.date() + " 重复出现", d.date() + " is listed twice");
            }
            DayOfWeek dow = d.date().getDayOfWeek();
            if (d.kind() == CalendarDay.Kind.WORKDAY && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw ApiException.validation(at, d.date() + " 是工作日，无需标为调休上班",
                        d.date() + " is a weekday: only a weekend day can be a make-up working day");
            }
        }
        return days;
    }

    private List<CalendarDayDto> days(int year) {
        return em.createQuery("from CalendarDay d where d.year = :year order by d.day", CalendarDay.class)
                .setParameter("year", year).getResultStream().map(d -> new CalendarDayDto(d.day, d.kind, d.name)).toList();
    }

    private static List<CalendarDayDto> sorted(List<CalendarDayDto> days) {
        return days.stream().sorted(Comparator.comparing(CalendarDayDto::date)).toList();
    }

    private static CalendarYearResponse unscheduled(int year) {
        return new CalendarYearResponse(year, false, true, null, List.of(), null, null, null);
    }

    private static CalendarYearResponse toResponse(CalendarYear y, List<CalendarDayDto> days) {
        return new CalendarYearResponse(y.year, true, false, y.source, days, y.updatedBy, y.updatedAt, y.version);
    }

    private static Map<String, Object> snapshot(CalendarYear y, List<CalendarDayDto> days) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", y.source);
        List<String> holidays = new ArrayList<>();
        List<String> workdays = new ArrayList<>();
        days.forEach(d -> (d.kind() == CalendarDay.Kind.HOLIDAY ? holidays : workdays).add(d.date().toString()));
        m.put("holidays", holidays);
        m.put("workdays", workdays);
        return m;
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiException.validation("year", "年度须在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间",
                    "year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("只有系统管理员可以维护工作日安排", "Only administrators maintain the working-day calendar");
        }
    }
}
