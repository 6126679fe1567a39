package io.dudao.inspection;

import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.inspection.InspectionDtos.CreateFindingRequest;
import io.dudao.inspection.InspectionDtos.RectificationRequest;
import io.dudao.inspection.InspectionDtos.SaveInspectionReportRequest;
import io.dudao.inspection.InspectionDtos.SaveScore;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.inspection.ReportWorkflow.Action;
import io.dudao.inspection.indicator.IndicatorSeeder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inspection part of the demo, in 2023 (closed by now) and this year (open, with lights), each
 * linked to an item of its year's plan. Goes through the services as users would, and loads once.
 */
@ApplicationScoped
public class DemoInspections {

    private static final Logger LOG = Logger.getLogger(DemoInspections.class);
    static final String MARKER = "demo-data.inspections";

    @Inject
    EntityManager em;

    @Inject
    io.dudao.demo.DemoData demo;

    @Inject
    IndicatorSeeder seeder;

    @Inject
    InspectionReportService reports;

    @Inject
    FindingService findings;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void loadOnce() {
        if (demo.alreadyLoaded(MARKER)) {
            return;
        }
        if (!demo.usersExist(List.of("pc_dx01", "pucheng", "pc_school01", "weinan", "fuping"))) {
            LOG.warn("Demo inspections skipped: a demo user is missing");
            return;
        }
        seeder.ensureSeeded();
        if (clock.year() > 2023) {
            seedYear();
        }
        thisYear();
        demo.markLoaded(MARKER);
        LOG.info("Loaded the demo inspections");
    }

    /**
     * 2023, dated in 2023 and closed by now: a spring 双减 visit of 城关第一小学, 渭南市's evaluation of
     * 富平县 (its ledger finding, sent back twice, goes on to accountability), the 316 evaluation of
     * 城关第一小学, and a problem from the 2022 quality-monitoring feedback that is a finding without a report.
     */
    private void seedYear() {
        Caller dx = demo.caller("pc_dx01");
        Caller pucheng = demo.caller("pucheng");
        Caller school = demo.caller("pc_school01");
        Caller weinan = demo.caller("weinan");
        Caller fuping = demo.caller("fuping");
        long checklist = seeder.idOf(IndicatorSeeder.ROUTINE_VISIT);
        long school316 = seeder.idOf(IndicatorSeeder.SCHOOL_316);
        long governmentDuty = seeder.idOf(IndicatorSeeder.GOVERNMENT_DUTY);

        long visit;
        long afterSchool;
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 4, 12))) {
            visit = reports.create(dx, report(InspectionType.ROUTINE_VISIT, "2023年春季学期蒲城县城关第一小学经常性督导", "610526-S101",
                    checklist, LocalDate.of(2023, 4, 12), LocalDate.of(2023, 4, 12), "双减",
                    "责任督学到校查看课后服务安排和作业公示，随堂听课 2 节。课后服务已全面开展，但部分年级时长不足。",
                    checklistScores(Set.of("4")), demo.planItem(2023, 6))).id();
            afterSchool = finding(dx, visit, "4", FindingSeverity.GENERAL, "部分年级课后服务时长未达到每天 2 小时",
                    "按“5+2”要求保障课后服务时长，结束时间不早于当地正常下班时间", LocalDate.of(2023, 5, 12));
            reports.act(dx, visit, Action.SUBMIT, null);
        }
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 4, 14))) {
            reports.act(pucheng, visit, Action.APPROVE, null);
            reports.act(pucheng, visit, Action.PUBLISH, null);
        }
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 5, 8))) {
            findings.rectify(school, afterSchool, new RectificationRequest("调整课后服务课表，增加社团活动时段",
                    "各年级课后服务均达到每天 2 小时", List.of()));
        }
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 5, 15))) {
            findings.verify(dx, afterSchool);
        }

        long duty;
        long rotation;
        long ledger;
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 5, 12))) {
            duty = reports.create(weinan, report(InspectionType.GOVERNMENT_DUTY, "2023年富平县人民政府履行教育职责评价", "610528",
                    governmentDuty, LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 12), null,
                    "市评价组审阅县级自评报告，实地核查 5 所学校。富平县教育投入总体落实，教师交流轮岗和督导问题整改机制仍有差距。",
                    List.of(score("1.1", 9), score("1.2", 9), score("2.1", 13), score("2.2", 9), score("3.1", 8),
                            score("3.2", 9), score("3.3", 8), score("4.1", 7), score("4.2", 5), score("5.1", 4),
                            score("5.2", 3)), demo.planItem(2023, 1))).id();
            rotation = finding(weinan, duty, "4.1", FindingSeverity.GENERAL, "义务教育阶段教师交流轮岗比例未达到 10%",
                    "完善县域教师交流轮岗办法，本年度交流比例不低于 10%", LocalDate.of(2023, 8, 31));
            ledger = finding(weinan, duty, "5.2", FindingSeverity.GENERAL, "督导问题整改台账未建立销号机制",
                    "建立问题整改台账，逐项明确责任单位、完成时限和销号程序", LocalDate.of(2023, 6, 30));
            reports.act(weinan, duty, Action.SUBMIT, null);
        }
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 5, 20))) {
            reports.act(weinan, duty, Action.APPROVE, null);
            reports.act(weinan, duty, Action.PUBLISH, null);
        }
        step(LocalDate.of(2023, 6, 25), () -> findings.rectify(fuping, ledger, new RectificationRequest("建立问题整改台账", null, List.of())));
        step(LocalDate.of(2023, 6, 28), () -> findings.reopen(weinan, ledger, "台账未建立销号程序"));
        step(LocalDate.of(2023, 7, 5), () -> findings.rectify(fuping, ledger, new RectificationRequest("补充销号程序", null, List.of())));
        step(LocalDate.of(2023, 7, 10), () -> findings.reopen(weinan, ledger, "销号程序未明确责任单位，仍不完整"));
        step(LocalDate.of(2023, 8, 25), () -> findings.rectify(fuping, rotation, new RectificationRequest(
                "印发县域教师交流轮岗实施办法，确定交流名单", "交流教师 92 人，占比 10.8%", List.of())));
        step(LocalDate.of(2023, 8, 30), () -> findings.verify(weinan, rotation));

        long evaluation;
        long feature;
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 10, 17))) {
            evaluation = reports.create(pucheng, report(InspectionType.SCHOOL_EVALUATION_316,
                    "2023年蒲城县城关第一小学第四轮“316工程”督导评估", "610526-S101", school316, LocalDate.of(2023, 10, 16),
                    LocalDate.of(2023, 10, 17), null, "评估组进校 2 天。学校管理规范，课后服务落实较好；特色建设缺少整体规划。",
                    List.of(score("1.1", 132), score("1.2", 124), score("1.3", 158), score("1.4", 120), score("1.5", 125),
                            score("1.6", 82), score("2.1", 62)), demo.planItem(2023, 4))).id();
            feature = finding(pucheng, evaluation, "2.1", FindingSeverity.MINOR, "学校特色建设缺少整体规划",
                    "制定三年特色发展规划并报县教督办备案", LocalDate.of(2023, 12, 15));
            reports.act(pucheng, evaluation, Action.SUBMIT, null);
            reports.act(pucheng, evaluation, Action.APPROVE, null);
        }
        step(LocalDate.of(2023, 10, 27), () -> reports.act(pucheng, evaluation, Action.PUBLISH, null));
        step(LocalDate.of(2023, 12, 1), () -> findings.rectify(school, feature, new RectificationRequest(
                "制定《城关第一小学特色发展三年规划（2024—2026）》", "规划已报县教督办备案", List.of())));
        step(LocalDate.of(2023, 12, 8), () -> findings.verify(pucheng, feature));

        long monitoring;
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 3, 10))) {
            monitoring = findings.raise(weinan, new FindingService.NewFinding(FindingSource.MONITORING, null,
                    "2022年义务教育质量监测结果反馈", weinan.orgId(), org("610528"), FindingSeverity.GENERAL,
                    "八年级数学学业表现水平达到中等及以上的比例低于全省平均",
                    "分析原因，制定学科质量提升方案并落实到校", LocalDate.of(2023, 6, 30), null, demo.planItem(2023, 5))).id();
        }
        step(LocalDate.of(2023, 6, 20), () -> findings.rectify(fuping, monitoring, new RectificationRequest(
                "印发《富平县初中数学质量提升方案》，开展教研视导", "春季学期期末八年级数学合格率提高 6 个百分点", List.of())));
        step(LocalDate.of(2023, 6, 28), () -> findings.verify(weinan, monitoring));
    }

    /** One step of the story on its own day. */
    private void step(LocalDate day, Runnable action) {
        try (AppClock.Fixed ignored = demo.on(day)) {
            action.run();
        }
    }

    /**
     * This year's inspections, dated relative to today: 蒲城县第一责任区's 责任督学 (pc_dx01) visits its
     * schools (one visit published with findings in every state, one draft, one awaiting approval),
     * 蒲城县's office visits a school of the second zone and runs a 316 evaluation, and 渭南市 evaluates
     * 富平县's performance of education duties (published, with escalated findings).
     */
    private void thisYear() {
        Caller dx = demo.caller("pc_dx01");
        Caller pucheng = demo.caller("pucheng");
        Caller school = demo.caller("pc_school01");
        Caller weinan = demo.caller("weinan");
        Caller fuping = demo.caller("fuping");
        LocalDate today = clock.today();
        int year = today.getYear();
        long checklist = seeder.idOf(IndicatorSeeder.ROUTINE_VISIT);
        long school316 = seeder.idOf(IndicatorSeeder.SCHOOL_316);
        long governmentDuty = seeder.idOf(IndicatorSeeder.GOVERNMENT_DUTY);

        // 1. A routine visit, published, with one finding in each state of the loop (the first stays OPEN)
        long visit = reports.create(dx, report(InspectionType.ROUTINE_VISIT, "蒲城县城关第一小学经常性督导", "610526-S101",
                checklist, today.minusDays(20), today.minusDays(20), "双减",
                "责任督学按挂牌督导要求到校，查看校园环境、随堂听课 2 节，查阅作业公示、安全台账和食堂留样记录，"
                        + "与校长、教师、学生和家长代表座谈。学校整体办学规范，“双减”工作有部署，但作业统筹和校门口安全仍有不足。",
                checklistScores(Set.of("4", "6")), demo.planItem(year, 6))).id();
        finding(dx, visit, "4", FindingSeverity.GENERAL, "三年级部分班级书面作业日均用时约 70 分钟，超过规定",
                "落实作业总量和时长控制，建立年级作业统筹和公示制度", today.plusDays(20));
        long gate = finding(dx, visit, "6", FindingSeverity.MAJOR, "放学时段校门口护学岗不足，接送车辆停放混乱",
                "增设护学岗并与交警、社区联动，规范接送秩序", today.minusDays(2));
        long canteen = finding(dx, visit, "7", FindingSeverity.MINOR, "食堂留样记录缺少 2 天的签字",
                "完善留样登记制度，专人负责并每日检查", today.plusDays(2));
        long notice = finding(dx, visit, "1", FindingSeverity.GENERAL, "校务公开栏内容未及时更新",
                "每月更新校务公开内容，收费、招生信息及时公示", today.minusDays(5));
        reports.act(dx, visit, Action.SUBMIT, null);
        reports.act(pucheng, visit, Action.APPROVE, null);
        reports.act(pucheng, visit, Action.PUBLISH, null);
        findings.rectify(school, gate, new RectificationRequest("增设护学岗 4 个，联系交警中队设置临时停车区",
                "放学时段秩序明显好转", List.of()));
        findings.rectify(school, canteen, new RectificationRequest("明确专人负责留样，校长每周抽查",
                "留样记录已补齐并规范", List.of()));
        findings.verify(dx, canteen);
        findings.rectify(school, notice, new RectificationRequest("已更新公开栏", null, List.of()));
        findings.reopen(pucheng, notice, "未提供更新后的公开栏照片，请补充佐证材料");

        // 2. A visit still being written, 3. one awaiting the county office's approval, and one in the second zone
        reports.create(dx, report(InspectionType.ROUTINE_VISIT, "蒲城县尧山中学经常性督导", "610526-S102", checklist,
                today.minusDays(3), today.minusDays(3), null, "已完成到校检查，记录整理中。",
                checklistScores(Set.of()).subList(0, 5), demo.planItem(year, 6)));
        long kindergarten = reports.create(dx, report(InspectionType.ROUTINE_VISIT, "蒲城县第一幼儿园经常性督导", "610526-S103",
                checklist, today.minusDays(8), today.minusDays(8), "安全", "幼儿园各项工作规范，未发现需要整改的问题。",
                checklistScores(Set.of()), demo.planItem(year, 6))).id();
        reports.act(dx, kindergarten, Action.SUBMIT, null);
        long township = reports.create(pucheng, report(InspectionType.ROUTINE_VISIT, "蒲城县东陈镇中心小学经常性督导", "610526-S201",
                checklist, today.minusDays(12), today.minusDays(12), "五项管理", "县教督办随第二责任区到校检查，8 项督导事项均符合要求。",
                checklistScores(Set.of()), demo.planItem(year, 6))).id();
        reports.act(pucheng, township, Action.SUBMIT, null);
        reports.act(pucheng, township, Action.APPROVE, null);
        reports.act(pucheng, township, Action.PUBLISH, null);

        // 4. A 316 evaluation by the county office, approved and waiting to be published
        long evaluation = reports.create(pucheng, report(InspectionType.SCHOOL_EVALUATION_316,
                "蒲城县尧山中学第四轮“316工程”督导评估", "610526-S102", school316, today.minusDays(30), today.minusDays(29),
                null, "评估组进校 2 天，听取汇报、查阅资料、课堂观察、问卷调查与座谈。学校办学方向端正，管理规范，"
                        + "教育质量稳步提升；办学条件和特色建设有待加强。",
                List.of(score("1.1", 128), score("1.2", 121), score("1.3", 160), score("1.4", 118), score("1.5", 122),
                        score("1.6", 78), score("2.1", 70)), demo.planItem(year, 4))).id();
        finding(pucheng, evaluation, "1.6", FindingSeverity.GENERAL, "理化生实验室仪器配备不足，部分实验开出率偏低",
                "补充实验仪器，保证演示和分组实验开齐开足", today.plusDays(60));
        reports.act(pucheng, evaluation, Action.SUBMIT, null);
        reports.act(pucheng, evaluation, Action.APPROVE, null);

        // 5. 渭南市 evaluates 富平县's performance of education duties
        long duty = reports.create(weinan, report(InspectionType.GOVERNMENT_DUTY, year + "年富平县人民政府履行教育职责评价",
                "610528", governmentDuty, today.minusDays(75), today.minusDays(73), null,
                "市评价组审阅了县级自评报告，实地核查 6 所学校，查阅财政和编制资料。富平县重视教育优先发展，"
                        + "经费投入总体落实；学前教育公办园占比、教师交流轮岗和问题整改机制仍有差距。",
                List.of(score("1.1", 9), score("1.2", 9), score("2.1", 12), score("2.2", 8), score("3.1", 8),
                        score("3.2", 9), score("3.3", 8), score("4.1", 8), score("4.2", 5), score("5.1", 4),
                        score("5.2", 3)), demo.planItem(year, 1))).id();
        finding(weinan, duty, "3.1", FindingSeverity.MAJOR, "公办园在园幼儿占比低于 50%",
                "制定公办园扩容计划，新建、改扩建公办幼儿园并明确时间表", today.minusDays(40));
        long rotation = finding(weinan, duty, "4.1", FindingSeverity.GENERAL, "教师交流轮岗比例未达到 10%",
                "完善县域教师交流轮岗办法，本年度交流比例不低于 10%", today.plusDays(25));
        long ledger = finding(weinan, duty, "5.2", FindingSeverity.GENERAL, "上年度督导问题整改台账不完整",
                "建立问题整改台账，逐项明确责任单位和完成时限", today.minusDays(10));
        long budget = finding(weinan, duty, "2.2", FindingSeverity.MINOR, "部分学校公用经费拨付滞后",
                "按季度足额拨付公用经费", today.plusDays(5));
        reports.act(weinan, duty, Action.SUBMIT, null);
        reports.act(weinan, duty, Action.APPROVE, null);
        reports.act(weinan, duty, Action.PUBLISH, null);
        findings.rectify(fuping, rotation, new RectificationRequest("印发县域教师交流轮岗实施办法，确定首批交流名单",
                "首批交流教师 86 人，占比 10.4%", List.of()));
        findings.rectify(fuping, budget, new RectificationRequest("调整拨付流程，按季度拨付", "二季度经费已全部拨付", List.of()));
        findings.verify(weinan, budget);
        findings.rectify(fuping, ledger, new RectificationRequest("整理问题台账", null, List.of()));
        findings.reopen(weinan, ledger, "台账未明确完成时限");
        findings.rectify(fuping, ledger, new RectificationRequest("补充完成时限", null, List.of()));
        findings.reopen(weinan, ledger, "仍有 3 项问题缺少责任单位");
    }

    private SaveInspectionReportRequest report(InspectionType type, String title, String targetCode, long systemId,
                                               LocalDate start, LocalDate end, String topic, String summary,
                                               List<SaveScore> scores, Long planItemId) {
        return new SaveInspectionReportRequest(type, title, org(targetCode), null, systemId, start, end, topic, summary,
                scores, planItemId, null);
    }

    private long org(String code) {
        return ((Number) em.createNativeQuery("select id from organization where code = ?1").setParameter(1, code)
                .getSingleResult()).longValue();
    }

    private long finding(Caller caller, long reportId, String code, FindingSeverity severity, String description,
                         String requirement, LocalDate due) {
        return findings.create(caller, reportId, new CreateFindingRequest(code, severity, description, requirement, null, due, null)).id();
    }

    private static List<SaveScore> checklistScores(Set<String> failed) {
        List<SaveScore> scores = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String code = Integer.toString(i);
            boolean passed = !failed.contains(code);
            scores.add(new SaveScore(code, null, passed, passed ? "符合要求" : "存在问题，已登记并下达整改通知"));
        }
        return scores;
    }

    private static SaveScore score(String code, int points) {
        return new SaveScore(code, BigDecimal.valueOf(points), null, null);
    }
}
