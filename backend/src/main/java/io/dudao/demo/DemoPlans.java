package io.dudao.demo;

import io.dudao.common.security.Caller;
import io.dudao.plan.PlanDtos.CreateForwardingRequest;
import io.dudao.plan.PlanDtos.PlanImportResult;
import io.dudao.plan.PlanDtos.PlanItemResponse;
import io.dudao.plan.PlanImportService;
import io.dudao.plan.PlanService;
import io.dudao.task.TaskDtos.AcknowledgeRequest;
import io.dudao.task.TaskDtos.BatchTaskRequest;
import io.dudao.task.TaskDtos.ProgressRequest;
import io.dudao.task.TaskDtos.SaveMilestone;
import io.dudao.task.TaskDtos.TaskResponse;
import io.dudao.task.TaskEnums.Category;
import io.dudao.task.TaskEnums.Priority;
import io.dudao.task.TaskService;
import io.dudao.task.TaskWorkflow.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed plan as the demo's story: 渭南市 imports and publishes it, assigns its items to the
 * counties it names (with a spread of states and lights relative to today), and 蒲城县 forwards it
 * to its zones. Goes through the services, as users would, and loads once.
 */
@ApplicationScoped
public class DemoPlans {

    static final String MARKER = "demo-data.plans";

    @Inject
    EntityManager em;

    @Inject
    DemoData demoData;

    @Inject
    PlanImportService importer;

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void loadOnce() {
        if (demoData.alreadyLoaded(MARKER)) {
            return;
        }
        Caller weinan = demoData.caller("weinan");
        Caller fuping = demoData.caller("fuping");
        Caller pucheng = demoData.caller("pucheng");
        LocalDate today = clock.today();

        PlanImportResult imported = importer.importText(weinan, seedText());
        long planId = imported.plan().id();
        plans.publish(weinan, planId);
        List<PlanItemResponse> items = imported.plan().items();
        Long creationItem = items.size() > 1 ? items.get(1).id() : null;
        Long inspectionItem = items.size() > 3 ? items.get(3).id() : null;

        List<TaskResponse> balanced = batch(weinan, "做好县域义务教育优质均衡创建省级过程督导准备", planId, creationItem,
                Category.CREATION, Priority.HIGH, today.minusDays(40), today.plusDays(20), org("610528"));
        tasks.act(fuping, balanced.get(0).id(), Action.START, null);
        tasks.reportProgress(fuping, balanced.get(0).id(), new ProgressRequest(60, "已摸清底数，问题台账初步建立", List.of()));

        List<TaskResponse> preschool = batch(weinan, "学前教育普及普惠创建：自查自评、建立台账、制定工作方案", planId,
                creationItem, Category.CREATION, Priority.HIGH, today.minusDays(30), null,
                org("610503"), org("610582"), org("WN-GXQ"));
        Caller huazhou = office("610503");
        Caller huayin = office("610582");
        dueOn(preschool.get(0).id(), today.plusDays(15));
        dueOn(preschool.get(1).id(), today.plusDays(2));
        dueOn(preschool.get(2).id(), today.minusDays(5));
        tasks.reportProgress(huazhou, preschool.get(0).id(), new ProgressRequest(100, "自评报告已完成", List.of()));
        tasks.act(huazhou, preschool.get(0).id(), Action.SUBMIT, null);
        tasks.reportProgress(huayin, preschool.get(1).id(), new ProgressRequest(30, "正在组织自查", List.of()));

        List<TaskResponse> tenure = batch(weinan, "校（园）长任期综合督导评估试点", planId, inspectionItem, Category.INSPECTION,
                Priority.NORMAL, today.minusDays(60), today.plusDays(10), org("610522"));
        Caller tongguan = demoData.caller("tongguan");
        tasks.reportProgress(tongguan, tenure.get(0).id(), new ProgressRequest(100, "试点方案已报送", List.of()));
        tasks.act(tongguan, tenure.get(0).id(), Action.SUBMIT, null);
        tasks.act(weinan, tenure.get(0).id(), Action.ACCEPT, null);

        var forwarding = plans.forward(pucheng, planId, new CreateForwardingRequest("蒲政教督办函〔2023〕3号",
                List.of(org("610526-Z1"), org("610526-Z2"), org("610526-Z3")),
                "请你们高度重视，组织责任督学、督学区学校主要领导及时传达学习，做好会议记录。", today.plusDays(7)));
        tasks.acknowledge(demoData.caller("pc_dx01"), forwarding.recipients().get(0).taskId(), new AcknowledgeRequest("已签收", List.of()));

        demoData.markLoaded(MARKER);
    }

    private List<TaskResponse> batch(Caller caller, String title, long planId, Long itemId, Category category,
                                     Priority priority, LocalDate start, LocalDate due, Long... assignees) {
        List<SaveMilestone> milestones = due == null ? null
                : List.of(new SaveMilestone(null, "摸清底数、建立问题台账", start.plusDays(15), start.plusDays(14)),
                new SaveMilestone(null, "形成自评报告", due.minusDays(5), null));
        return tasks.createBatch(caller, new BatchTaskRequest(title, "依据《渭南市人民政府教育督导委员会办公室2023年工作要点》", planId,
                itemId, category, List.of(assignees), priority, start, due, milestones)).children();
    }

    private void dueOn(long taskId, LocalDate due) {
        em.createNativeQuery("update task set due_date = ?1 where id = ?2").setParameter(1, due).setParameter(2, taskId)
                .executeUpdate();
    }

    private Long org(String code) {
        return ((Number) em.createNativeQuery("select id from organization where code = ?1").setParameter(1, code)
                .getSingleResult()).longValue();
    }

    /** A county office user of the given county, created for the demo when the county has none. */
    private Caller office(String countyCode) {
        String username = "demo_" + countyCode.toLowerCase();
        em.createNativeQuery("""
                        insert into app_user (username, display_name, password_hash, organization_id, roles)
                        select ?1, o.name || '教督办', (select password_hash from app_user where username = 'fuping'), o.id, 'COUNTY_OFFICE'
                        from organization o where o.code = ?2
                        on conflict do nothing""")
                .setParameter(1, username).setParameter(2, countyCode).executeUpdate();
        return demoData.caller(username);
    }

    private static String seedText() {
        try (InputStream in = DemoPlans.class.getResourceAsStream("/demo/weinan-2023-work-plan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
