package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.DecisionRequest;
import io.dudao.accountability.AccountabilityDtos.NotifyRequest;
import io.dudao.accountability.AccountabilityDtos.ReasonRequest;
import io.dudao.accountability.AccountabilityDtos.SaveCaseRequest;
import io.dudao.accountability.AccountabilityDtos.StatementRequest;
import io.dudao.accountability.AccountabilityDtos.StepRequest;
import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.accountability.AccountabilityEnums.Publication;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.accountability.AccountabilityEnums.UnitMeasure;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.inspection.FindingService;
import io.dudao.inspection.InspectionDtos.RectificationRequest;
import io.dudao.demo.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/** Demo cases, loaded once after the demo inspections: 2023's, closed by now, and this year's. */
@ApplicationScoped
public class DemoAccountability {

    private static final Logger LOG = Logger.getLogger(DemoAccountability.class);
    static final String MARKER = "demo-data.accountability";

    @Inject
    DemoData demo;

    @Inject
    CaseService cases;

    @Inject
    CaseEscalation escalation;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    FindingService findings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void loadOnce() {
        if (demo.alreadyLoaded(MARKER)) {
            return;
        }
        Long school = demo.orgId("610526-S201");
        Long finding = findingOf("上年度督导问题整改台账不完整");
        if (!demo.usersExist(List.of("weinan", "fuping", "pucheng")) || school == null || finding == null) {
            LOG.warn("Demo accountability cases skipped: demo users, the school or the demo finding are missing");
            return;
        }
        Long seedFinding = findingOf("督导问题整改台账未建立销号机制");
        if (seedFinding != null) {
            seedYear(seedFinding);
        }
        thisYear(finding, school);
        demo.markLoaded(MARKER);
        LOG.info("Loaded the demo accountability cases");
    }

    /**
     * 2023: 渭南市 holds 富平县 to account for the ledger finding it sent back twice (decided, executed and
     * archived, 渭教督问〔2023〕1号, published), after which 富平县 rectifies it; 蒲城县 looks into a
     * complaint about after-school fees and finds nothing to hold anyone to account for.
     */
    private void seedYear(long finding) {
        Caller weinan = demo.caller("weinan");
        Caller fuping = demo.caller("fuping");
        Caller pucheng = demo.caller("pucheng");
        long decided;
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 7, 20))) {
            decided = escalation.fromFinding(weinan, finding).id();
        }
        step(LocalDate.of(2023, 7, 25), () -> cases.investigate(weinan, decided, new StepRequest("成立市级调查组，核查富平县问题整改台账", null)));
        step(LocalDate.of(2023, 8, 1), () -> cases.notify(weinan, decided, new NotifyRequest(
                "书面告知富平县人民政府拟问责事项，请于7日内陈述申辩。", LocalDate.of(2023, 8, 8))));
        step(LocalDate.of(2023, 8, 5), () -> cases.statement(fuping, decided, new StatementRequest(
                "我县已着手建立问题整改台账和销号机制，恳请从轻处理。", List.of(), null)));
        step(LocalDate.of(2023, 8, 20), () -> cases.decide(weinan, decided, new DecisionRequest(
                List.of(UnitMeasure.INTERVIEW, UnitMeasure.SUPERVISION_NOTICE), List.of(),
                "富平县对市级履行教育职责评价发现的“督导问题整改台账未建立销号机制”问题两次整改不到位。经调查核实并听取陈述申辩，"
                        + "决定对富平县人民政府予以约谈，并在全市教育督导系统内通报。",
                "《教育督导问责办法》（国教督〔2021〕2号）；《陕西省教育督导问责实施细则》", LocalDate.of(2023, 8, 20),
                Publication.PUBLIC, null)));
        step(LocalDate.of(2023, 9, 1), () -> cases.execute(weinan, decided, new StepRequest("已约谈富平县人民政府分管负责同志，通报已印发", null)));
        step(LocalDate.of(2023, 9, 10), () -> findings.rectify(fuping, finding, new RectificationRequest(
                "建立问题整改台账和销号机制，逐项明确责任单位和完成时限", "台账已运行，首批 12 项问题已销号", List.of())));
        step(LocalDate.of(2023, 9, 15), () -> findings.verify(weinan, finding));
        step(LocalDate.of(2023, 10, 10), () -> cases.close(weinan, decided, new StepRequest("复核、申诉期限届满，归档", null)));

        Long school = demo.orgId("610526-S101");
        long complaint;
        try (AppClock.Fixed ignored = demo.on(LocalDate.of(2023, 5, 8))) {
            complaint = cases.create(pucheng, new SaveCaseRequest(null, SubjectType.SCHOOL, school, null, List.of(),
                    CaseSource.COMPLAINT, null, LocalDate.of(2023, 5, 5),
                    "群众反映城关第一小学课后服务收取费用，县督导室已受理。", null, List.of(), demo.planItem(2023, 6), null)).id();
        }
        step(LocalDate.of(2023, 5, 15), () -> cases.investigate(pucheng, complaint, new StepRequest("调阅课后服务收费公示和家长自愿申请表", null)));
        step(LocalDate.of(2023, 6, 1), () -> cases.dismiss(pucheng, complaint, new ReasonRequest(
                "经核实，课后服务按物价部门核定标准收费，家长自愿参加，收费公示规范，不予问责。", null)));
    }

    /**
     * This year: 渭南市 holds 富平县 to account for a finding it was sent back on twice (decided and
     * published, so the public list has an entry), and 蒲城县 has just opened a case against one of its
     * schools whose investigation window closes in three days.
     */
    private void thisYear(long finding, long school) {
        Caller weinan = demo.caller("weinan");
        Caller fuping = demo.caller("fuping");
        Caller pucheng = demo.caller("pucheng");
        long decided = escalation.fromFinding(weinan, finding).id();
        cases.investigate(weinan, decided, new StepRequest("成立市级调查组，调阅富平县问题整改台账", null));
        cases.notify(weinan, decided, new NotifyRequest("书面告知富平县人民政府拟问责事项，请于7日内陈述申辩。",
                clock.today().plusDays(7)));
        cases.statement(fuping, decided, new StatementRequest("我县已重新建立问题整改台账，逐项明确责任单位和完成时限，恳请从轻处理。",
                List.of(), null));
        cases.decide(weinan, decided, new DecisionRequest(List.of(UnitMeasure.INTERVIEW, UnitMeasure.SUPERVISION_NOTICE), List.of(),
                "富平县对市级履行教育职责评价发现的“问题整改台账不完整”问题两次整改不到位。经调查核实并听取陈述申辩，"
                        + "决定对富平县人民政府予以约谈，并在全市教育督导系统内通报。",
                "《教育督导问责办法》（国教督〔2021〕2号）；《陕西省教育督导问责实施细则》", clock.today(),
                Publication.PUBLIC, null));

        cases.create(pucheng, new SaveCaseRequest(null, SubjectType.SCHOOL, school, null, List.of("QJ-4-01"),
                CaseSource.COMPLAINT, null, clock.today().minusDays(57),
                "群众反映东陈镇中心小学违规组织学生参加有偿补课，县督导室专项督导已核实部分情况。", "待调查组核实收费金额及参与教师名单",
                List.of(), demo.planItem(clock.year(), 6), null));
    }

    private Long findingOf(String description) {
        List<?> ids = em.createNativeQuery("select id from inspection_finding where description = ?1 order by id limit 1")
                .setParameter(1, description).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** One step of the story on its own day. */
    private void step(LocalDate day, Runnable action) {
        try (AppClock.Fixed ignored = demo.on(day)) {
            action.run();
        }
    }
}
