package io.dudao.supervision;

import io.dudao.common.error.ApiException;
import io.dudao.common.export.Column;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.TableWriter;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.supervision.CoverageRepository.AssignmentLoad;
import io.dudao.supervision.CoverageRepository.SchoolVisits;
import io.dudao.supervision.SupervisionDtos.CoverageCell;
import io.dudao.supervision.SupervisionDtos.CoverageResponse;
import io.dudao.supervision.SupervisionDtos.CoverageRollup;
import io.dudao.supervision.SupervisionDtos.CoverageSchool;
import io.dudao.supervision.SupervisionEnums.Semester;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * 督导覆盖: school × month counts of submitted routine visits in a semester, what each school needs by
 * today under its county's settings, red cells and roll-ups per supervisor, zone, county and city.
 * Three statements whatever the number of schools: the organisation, the schools with their counts
 * and settings, and their supervisors.
 */
@ApplicationScoped
public class CoverageService {

    @Inject
    CoverageRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AppClock clock;

    /** The semester today falls in when the client names none: autumn from August to January. */
    public static Semester currentSemester(LocalDate today) {
        int m = today.getMonthValue();
        return m >= 2 && m <= 7 ? Semester.SPRING : Semester.AUTUMN;
    }

    public static int currentSemesterYear(LocalDate today) {
        return today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageResponse coverage(Caller caller, long orgId, Integer year, Semester semester) {
        OrganizationSummary org = organizations.findVisible(caller, orgId).orElseThrow(() -> ApiException.notFound("机构", "Organization"));
        LocalDate today = clock.today();
        int y = year == null ? currentSemesterYear(today) : year;
        if (y < 2000 || y > 2100) {
            throw ApiException.validation("year", "年份应在 2000 到 2100 之间", "year must be between 2000 and 2100");
        }
        Semester s = semester == null ? currentSemester(today) : semester;
        List<SchoolVisits> rows = repository.schools(caller, orgId, y, s);
        List<AssignmentLoad> loads = repository.assignments(caller, orgId);

        TreeSet<YearMonth> months = new TreeSet<>();
        rows.forEach(r -> months.addAll(r.rules().months(y, s)));
        Map<Long, AssignmentLoad> leads = new LinkedHashMap<>();
        loads.stream().filter(AssignmentLoad::lead).forEach(l -> leads.put(l.schoolId(), l));

        List<CoverageSchool> schools = new ArrayList<>();
        for (SchoolVisits r : rows) {
            List<YearMonth> own = r.rules().months(y, s);
            List<CoverageCell> cells = new ArrayList<>();
            int visits = 0;
            for (YearMonth m : months) {
                int n = r.visits().getOrDefault(m, 0);
                if (own.contains(m)) {
                    visits += n;
                    cells.add(new CoverageCell(m.toString(), n, r.rules().cell(m, n, today)));
                } else {
                    cells.add(new CoverageCell(m.toString(), 0, SupervisionRules.CellState.HOLIDAY));
                }
            }
            int required = r.rules().requiredByNow(y, s, today);
            AssignmentLoad lead = leads.get(r.schoolId());
            schools.add(new CoverageSchool(r.schoolId(), r.schoolName(), r.zoneId(), r.zoneName(), r.countyId(), r.countyName(),
                    lead == null ? null : lead.userId(), lead == null ? null : lead.userName(), cells, visits, required,
                    visits >= required));
        }

        Map<Long, SchoolVisits> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.schoolId(), r));
        Map<Long, CoverageSchool> coverageById = new LinkedHashMap<>();
        schools.forEach(c -> coverageById.put(c.schoolId(), c));

        // per supervisor: the schools they supervise here, their load against the county's limit
        Map<Long, Tally> supervisors = new LinkedHashMap<>();
        for (AssignmentLoad l : loads) {
            CoverageSchool c = coverageById.get(l.schoolId());
            if (c == null) {
                continue;
            }
            Tally t = supervisors.computeIfAbsent(l.userId(), id -> new Tally(id, l.userName(), byId.get(l.schoolId()).rules().schoolsPerSupervisor()));
            t.add(c.onTrack());
            t.load = Math.max(t.load, l.totalSchools());
        }
        Map<Long, Tally> zones = group(rows, coverageById, SchoolVisits::zoneId, SchoolVisits::zoneName, r -> r.rules().schoolsPerZone());
        Map<Long, Tally> counties = group(rows, coverageById, SchoolVisits::countyId, SchoolVisits::countyName, r -> null);
        Map<Long, Tally> cities = group(rows, coverageById, SchoolVisits::cityId, SchoolVisits::cityName, r -> null);
        Tally total = new Tally(org.id(), org.name(), null);
        schools.forEach(c -> total.add(c.onTrack()));

        return new CoverageResponse(orgId, y, s, today, months.stream().map(YearMonth::toString).toList(), schools,
                rollups(supervisors), rollups(zones), rollups(counties), rollups(cities), total.rollup());
    }

    /** The coverage as a spreadsheet: one row per school, one column per month. */
    public void export(CoverageResponse coverage, ExportFormat format, OutputStream out) {
        List<Column<CoverageSchool>> columns = new ArrayList<>();
        columns.add(Column.of("county", "县（市、区）", CoverageSchool::countyName));
        columns.add(Column.of("zone", "责任区", CoverageSchool::zoneName));
        columns.add(Column.of("school", "学校", CoverageSchool::schoolName));
        columns.add(Column.of("leadSupervisor", "主责督学", CoverageSchool::leadName));
        for (int i = 0; i < coverage.months().size(); i++) {
            int index = i;
            String month = coverage.months().get(i);
            columns.add(Column.of(month, month + " 督导次数", c -> {
                CoverageCell cell = c.cells().get(index);
                return cell.state() == SupervisionRules.CellState.HOLIDAY ? null : cell.visits();
            }));
        }
        columns.add(Column.of("visits", "合计", CoverageSchool::visits));
        columns.add(Column.of("requiredByNow", "截至今日应督导", CoverageSchool::requiredByNow));
        columns.add(Column.of("onTrack", "是否达标", c -> c.onTrack() ? "达标" : "未达标"));
        try (TableWriter<CoverageSchool> writer = TableWriter.open(format, columns, out, "督导覆盖")) {
            coverage.schools().forEach(writer::write);
        }
    }

    private static Map<Long, Tally> group(List<SchoolVisits> rows, Map<Long, CoverageSchool> coverage,
                                          Function<SchoolVisits, Long> id, Function<SchoolVisits, String> name,
                                          Function<SchoolVisits, Integer> limit) {
        Map<Long, Tally> out = new LinkedHashMap<>();
        for (SchoolVisits r : rows) {
            Long key = id.apply(r);
            if (key != null) {
                out.computeIfAbsent(key, k -> new Tally(k, name.apply(r), limit.apply(r))).add(coverage.get(r.schoolId()).onTrack());
            }
        }
        out.values().forEach(t -> t.load = t.schools);
        return out;
    }

    private static List<CoverageRollup> rollups(Map<Long, Tally> tallies) {
        return tallies.values().stream().map(Tally::rollup).toList();
    }

    /** Schools on track under one heading; load is what the limit applies to. */
    private static final class Tally {
        final long id;
        final String name;
        final Integer limit;
        int schools;
        int onTrack;
        int load;

        Tally(long id, String name, Integer limit) {
            this.id = id;
            this.name = name;
            this.limit = limit;
        }

        void add(boolean track) {
            schools++;
            onTrack += track ? 1 : 0;
        }

        CoverageRollup rollup() {
            double share = schools == 0 ? 1.0 : Math.round(onTrack * 1000.0 / schools) / 1000.0;
            return new CoverageRollup(id, name, schools, onTrack, share, limit, limit != null && load > limit);
        }
    }
}
