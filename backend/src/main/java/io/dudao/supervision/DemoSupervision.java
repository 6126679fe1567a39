package io.dudao.supervision;

import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.demo.DemoData;
import io.dudao.inspection.InspectionDtos.SaveInspectionReportRequest;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.inspection.InspectionReportService;
import io.dudao.inspection.ReportWorkflow.Action;
import io.dudao.supervision.SupervisionDtos.SaveAppointmentRequest;
import io.dudao.supervision.SupervisionDtos.SaveSchoolSupervisorsRequest;
import io.dudao.supervision.SupervisionEnums.Employment;
import io.dudao.supervision.SupervisionEnums.Semester;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The supervision part of the demo: 蒲城县's responsibility supervisors — the full-time 陈督学 over all
 * three zones (six schools, above the five per supervisor: the warning of the coverage view) and three
 * part-time principals and teachers — assigned to its schools, and this semester's routine visits of
 * the first zone with a gap. Goes through the services as the county office would, and loads once.
 */
@ApplicationScoped
public class DemoSupervision {

    private static final Logger LOG = Logger.getLogger(DemoSupervision.class);
    static final String MARKER = "demo-data.supervision";

    @Inject
    DemoData demo;

    @Inject
    AppointmentService appointments;

    @Inject
    AssignmentService assignments;

    @Inject
    InspectionReportService reports;

    @Inject
    SupervisionRepository repository;

    @Inject
    AppClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void loadOnce() {
        if (demo.alreadyLoaded(MARKER)) {
            return;
        }
        if (!demo.usersExist(List.of("pc_dx01", "pucheng")) || demo.orgId("610526-S302") == null) {
            LOG.warn("Demo supervision skipped: a demo user or school is missing");
            return;
        }
        demo.user("pc_dx02", "责任督学 王校长（城关第一小学校长，兼职）", "610526-S101", "SUPERVISOR");
        demo.user("pc_dx03", "责任督学 李老师（东陈镇中心小学教师，兼职）", "610526-S201", "SUPERVISOR");
        demo.user("pc_dx04", "责任督学 赵副校长（尧山中学副校长，兼职）", "610526-S102", "SUPERVISOR");
        Caller pucheng = demo.caller("pucheng");
        LocalDate today = clock.today();
        LocalDate termStart = LocalDate.of(today.getYear() - 1, 9, 1);
        LocalDate termEnd = termStart.plusYears(3).minusDays(1);

        long chen = demo.caller("pc_dx01").userId();
        long wang = demo.caller("pc_dx02").userId();
        long li = demo.caller("pc_dx03").userId();
        long zhao = demo.caller("pc_dx04").userId();
        String[] zones = {"610526-Z1", "610526-Z2", "610526-Z3"};
        int serial = 1;
        for (String zone : zones) {
            appoint(pucheng, chen, zone, termStart, termEnd, Employment.FULL_TIME, serial++);
        }
        appoint(pucheng, wang, "610526-Z2", termStart, termEnd, Employment.PART_TIME, serial++);
        appoint(pucheng, li, "610526-Z3", termStart, termEnd, Employment.PART_TIME, serial++);
        appoint(pucheng, zhao, "610526-Z1", termStart, termEnd, Employment.PART_TIME, serial);

        assign(pucheng, "610526-S101", chen, List.of(zhao));
        assign(pucheng, "610526-S102", chen, List.of());
        assign(pucheng, "610526-S103", chen, List.of(zhao));
        assign(pucheng, "610526-S201", wang, List.of());
        assign(pucheng, "610526-S202", chen, List.of(wang));
        assign(pucheng, "610526-S301", chen, List.of(li));
        assign(pucheng, "610526-S302", chen, List.of(li));

        visitsWithGaps(demo.caller("pc_dx01"), today);
        demo.markLoaded(MARKER);
        LOG.info("Loaded the demo responsibility supervisors of 蒲城县");
    }

    private void appoint(Caller office, long userId, String zoneCode, LocalDate from, LocalDate to, Employment employment, int serial) {
        appointments.create(office, new SaveAppointmentRequest(userId, demo.orgId(zoneCode), from, to,
                "蒲督证〔" + from.getYear() + "〕" + String.format("%03d", serial) + "号", employment, null,
                "0913-72" + String.format("%05d", 10000 + serial), null));
    }

    private void assign(Caller office, String schoolCode, long lead, List<Long> others) {
        assignments.put(office, demo.orgId(schoolCode), new SaveSchoolSupervisorsRequest(lead, others));
    }

    /** This semester's elapsed teaching months: every month at the first school, one month missed at the second, the first only at the third. */
    private void visitsWithGaps(Caller supervisor, LocalDate today) {
        SupervisionRules rules = SupervisionRules.of(repository.defaults());
        int year = CoverageService.currentSemesterYear(today);
        Semester semester = CoverageService.currentSemester(today);
        List<YearMonth> elapsed = rules.months(year, semester).stream().filter(rules::teaching)
                .filter(m -> m.atEndOfMonth().isBefore(today)).toList();
        Map<String, String> names = Map.of("610526-S101", "蒲城县城关第一小学", "610526-S102", "蒲城县尧山中学",
                "610526-S103", "蒲城县第一幼儿园");
        for (int i = 0; i < elapsed.size(); i++) {
            YearMonth month = elapsed.get(i);
            visit(supervisor, "610526-S101", names.get("610526-S101"), month.atDay(8));
            if (i != 1) {
                visit(supervisor, "610526-S102", names.get("610526-S102"), month.atDay(15));
            }
            if (i == 0) {
                visit(supervisor, "610526-S103", names.get("610526-S103"), month.atDay(22));
            }
        }
    }

    private void visit(Caller supervisor, String schoolCode, String schoolName, LocalDate date) {
        long id = reports.create(supervisor, new SaveInspectionReportRequest(InspectionType.ROUTINE_VISIT,
                schoolName + "经常性督导（" + date.getYear() + "年" + date.getMonthValue() + "月）", demo.orgId(schoolCode),
                null, null, date, date, "月度常规督导", "按月到校督导：查看校园安全、作业公示和课后服务，随堂听课 1 节。", List.of(), null, null)).id();
        reports.act(supervisor, id, Action.SUBMIT, null);
    }
}
