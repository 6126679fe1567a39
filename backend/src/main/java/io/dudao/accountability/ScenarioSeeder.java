package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.ScenarioFamily;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

import static io.dudao.accountability.AccountabilityEnums.ScenarioFamily.FAILING_EDUCATION_DUTIES;
import static io.dudao.accountability.AccountabilityEnums.ScenarioFamily.FALLING_QUALITY;
import static io.dudao.accountability.AccountabilityEnums.ScenarioFamily.KEY_TASKS_BEHIND;
import static io.dudao.accountability.AccountabilityEnums.ScenarioFamily.NON_COMPLIANT_OPERATION;
import static io.dudao.accountability.AccountabilityEnums.ScenarioFamily.NOT_IMPLEMENTING_DECISIONS;
import static io.dudao.accountability.AccountabilityEnums.ScenarioFamily.SAFETY_OR_OBSTRUCTION;
import static io.dudao.accountability.AccountabilityEnums.SubjectType.DEPARTMENT;
import static io.dudao.accountability.AccountabilityEnums.SubjectType.GOVERNMENT;
import static io.dudao.accountability.AccountabilityEnums.SubjectType.PERSON;
import static io.dudao.accountability.AccountabilityEnums.SubjectType.SCHOOL;

/**
 * The built-in scenario catalogue, from DOMAIN.md's six families and targets. Codes: QJ-family-serial.
 * Stored once (codes already present are left as the users edited them); the wording follows the
 * national method and Shaanxi's rules, and offices refine it in the catalogue page.
 */
@ApplicationScoped
public class ScenarioSeeder {

    private static final Logger LOG = Logger.getLogger(ScenarioSeeder.class);
    private static final long LOCK_KEY = 0x71776a73L; // "qwjs"
    private static final String NATIONAL = "《教育督导问责办法》（国教督〔2021〕2号）";
    private static final String SHAANXI = "陕西省教育督导问责实施细则（2022年）";

    /** What an escalation suggests: failing to rectify findings, and key tasks seriously behind. */
    static final Map<SubjectType, String> NOT_RECTIFIED = Map.of(GOVERNMENT, "QJ-6-02", SCHOOL, "QJ-6-03");
    static final Map<SubjectType, String> TASK_BEHIND = Map.of(GOVERNMENT, "QJ-3-01", DEPARTMENT, "QJ-3-02");
    static final Map<SubjectType, String> QUALITY_FELL = Map.of(GOVERNMENT, "QJ-5-01", SCHOOL, "QJ-5-02");

    record Seed(String code, ScenarioFamily family, SubjectType target, String description, String measures, String source) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("QJ-1-01", NOT_IMPLEMENTING_DECISIONS, GOVERNMENT,
                    "贯彻落实党和国家教育方针政策、决策部署不力，造成不良影响", "约谈；督导通报；公开批评", NATIONAL + "，被督导单位问责情形"),
            new Seed("QJ-1-02", NOT_IMPLEMENTING_DECISIONS, SCHOOL,
                    "学校落实立德树人根本任务、党和国家教育决策部署不到位", "约谈；督导通报", NATIONAL + "，学校问责情形"),
            new Seed("QJ-2-01", FAILING_EDUCATION_DUTIES, GOVERNMENT,
                    "履行教育职责评价结果为不合格，或教育经费“两个只增不减”未落实", "约谈；督导通报；资源调整", NATIONAL + "；" + SHAANXI),
            new Seed("QJ-2-02", FAILING_EDUCATION_DUTIES, DEPARTMENT,
                    "有关部门未按职责落实教育保障责任，推诿扯皮、影响教育改革发展", "约谈；督导通报", NATIONAL + "，被督导单位问责情形"),
            new Seed("QJ-3-01", KEY_TASKS_BEHIND, GOVERNMENT,
                    "义务教育优质均衡、学前教育普及普惠等重点任务推进严重滞后，未按时间节点完成", "约谈；督导通报；资源调整",
                    NATIONAL + "；" + SHAANXI),
            new Seed("QJ-3-02", KEY_TASKS_BEHIND, DEPARTMENT,
                    "督导部署的年度重点工作任务逾期未完成且无正当理由", "约谈；督导通报", SHAANXI),
            new Seed("QJ-4-01", NON_COMPLIANT_OPERATION, SCHOOL,
                    "违规办学：违规招生、举办重点校重点班、违规收费、违反“双减”规定加重学生负担", "公开批评；约谈；督导通报；资源调整；行政处罚",
                    NATIONAL + "，学校问责情形"),
            new Seed("QJ-4-02", NON_COMPLIANT_OPERATION, PERSON,
                    "学校负责人对违规办学行为负有直接责任", "责令检查；约谈；通报批评；组织处理；处分建议", NATIONAL + "，相关责任人问责情形"),
            new Seed("QJ-5-01", FALLING_QUALITY, GOVERNMENT,
                    "义务教育质量监测结果连续下降或明显低于全省平均水平", "约谈；督导通报", NATIONAL + "；" + SHAANXI),
            new Seed("QJ-5-02", FALLING_QUALITY, SCHOOL,
                    "学校教育质量明显下降，学生体质健康、学业水平连续下滑", "约谈；督导通报", NATIONAL + "，学校问责情形"),
            new Seed("QJ-6-01", SAFETY_OR_OBSTRUCTION, SCHOOL,
                    "校园安全问题多发，或发生重大安全责任事故", "约谈；督导通报；公开批评", NATIONAL + "，学校问责情形"),
            new Seed("QJ-6-02", SAFETY_OR_OBSTRUCTION, GOVERNMENT,
                    "对督导发现的问题整改不力、拒不整改，或整改后问题反复出现", "约谈；督导通报；公开批评", NATIONAL + "；" + SHAANXI),
            new Seed("QJ-6-03", SAFETY_OR_OBSTRUCTION, SCHOOL,
                    "学校对督导发现的问题整改不力、拒不整改，或整改后问题反复出现", "约谈；督导通报；公开批评", NATIONAL + "，学校问责情形"),
            new Seed("QJ-6-04", SAFETY_OR_OBSTRUCTION, PERSON,
                    "拒绝、阻挠督导，提供虚假材料，或对督导人员打击报复", "责令检查；通报批评；处分建议；移送监察机关", NATIONAL + "，相关责任人问责情形"),
            new Seed("QJ-6-05", SAFETY_OR_OBSTRUCTION, PERSON,
                    "督导人员玩忽职守、徇私舞弊，或隐瞒、歪曲督导发现的问题", "责令检查；通报批评；组织处理；处分建议", NATIONAL + "，督导人员问责情形"));

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        int stored = 0;
        for (Seed seed : SEEDS) {
            long present = em.createQuery("select count(s) from AccountabilityScenario s where s.ownerOrgId is null and s.code = :code",
                    Long.class).setParameter("code", seed.code()).getSingleResult();
            if (present > 0) {
                continue;
            }
            AccountabilityScenario s = new AccountabilityScenario();
            s.code = seed.code();
            s.family = seed.family();
            s.targetType = seed.target();
            s.description = seed.description();
            s.suggestedMeasures = seed.measures();
            s.source = seed.source();
            em.persist(s);
            stored++;
        }
        if (stored > 0) {
            LOG.infof("Stored %d built-in accountability scenarios", stored);
        }
    }
}
