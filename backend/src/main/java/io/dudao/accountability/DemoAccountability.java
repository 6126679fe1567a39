package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.DecisionRequest;
import io.dudao.accountability.AccountabilityDtos.NotifyRequest;
import io.dudao.accountability.AccountabilityDtos.SaveCaseRequest;
import io.dudao.accountability.AccountabilityDtos.StatementRequest;
import io.dudao.accountability.AccountabilityDtos.StepRequest;
import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.accountability.AccountabilityEnums.Publication;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.accountability.AccountabilityEnums.UnitMeasure;
import io.dudao.common.security.Caller;
import io.dudao.demo.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Demo cases, loaded once after the demo inspections: 渭南市 holds 富平县 to account for a finding it
 * was sent back on twice (decided and published, so the public list has an entry), and 蒲城县 has
 * just opened a case against one of its schools whose investigation window closes in three days.
 */
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
    io.dudao.common.time.AppClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void loadOnce() {
        if (demo.alreadyLoaded(MARKER)) {
            return;
        }
        Long school = demo.orgId("610526-S201");
        List<?> finding = em.createNativeQuery("select id from inspection_finding where description = ?1 order by id limit 1")
                .setParameter(1, "上年度督导问题整改台账不完整").getResultList();
        if (!demo.usersExist(List.of("weinan", "fuping", "pucheng")) || school == null || finding.isEmpty()) {
            LOG.warn("Demo accountability cases skipped: demo users, the school or the demo finding are missing");
            return;
        }
        Caller weinan = demo.caller("weinan");
        Caller fuping = demo.caller("fuping");
        Caller pucheng = demo.caller("pucheng");

        long decided = escalation.fromFinding(weinan, ((Number) finding.get(0)).longValue()).id();
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
                List.of(), null, null));
        demo.markLoaded(MARKER);
        LOG.info("Loaded the demo accountability cases");
    }
}
