package io.dudao.demo;

import io.dudao.attachment.AttachmentService;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.plan.PlanDtos.CreateForwardingRequest;
import io.dudao.plan.PlanDtos.ForwardingRecipient;
import io.dudao.plan.PlanDtos.PlanItemResponse;
import io.dudao.plan.PlanDtos.PlanResponse;
import io.dudao.plan.PlanDtos.SavePlanItem;
import io.dudao.plan.PlanDtos.SavePlanRequest;
import io.dudao.plan.PlanImportService;
import io.dudao.plan.PlanService;
import io.dudao.task.TaskDtos.AcknowledgeRequest;
import io.dudao.task.TaskDtos.BatchTaskRequest;
import io.dudao.task.TaskDtos.TaskBatchResult;
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
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The seed plan as the demo's story, in two years. 2023 as it happened, dated in 2023: 渭南市 issues its
 * plan (渭政教督办〔2023〕1号) and assigns its items to the counties, who finished them during the year;
 * 蒲城县 keeps its own copy of the plan as it received it (its forwarding notice 蒲政教督办函〔2023〕3号
 * on top) and forwards that copy to its zones, who acknowledged it with their meeting records. And this
 * year: a plan with the same seven items carries today's open work, with lights that mean something.
 * Goes through the services, as users would, and loads once.
 */
@ApplicationScoped
public class DemoPlans {

    private static final Logger LOG = Logger.getLogger(DemoPlans.class);
    static final String MARKER = "demo-data.plans";
    /** Where the city's own notice starts in the seed text (above it: 蒲城县's forwarding notice). */
    static final String CITY_NOTICE_START = "渭南市人民政府教育督导委员会办公室文件";
    static final int SEED_YEAR = 2023;

    /** Counties' demo accounts; other counties get an office account made for the demo. */
    private static final Map<String, String> OFFICES = Map.of("610526", "pucheng", "610528", "fuping", "610522", "tongguan");

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
    AttachmentService attachments;

    @Inject
    AppClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void loadOnce() {
        if (demoData.alreadyLoaded(MARKER)) {
            return;
        }
        Caller weinan = demoData.caller("weinan");
        List<PlanItemResponse> seedItems;
        if (clock.year() > SEED_YEAR) {
            seedItems = seedYear(weinan);
            puchengsCopy();
        } else {
            LOG.warn("Demo plans: the clock is not past 2023, so 2023 is written as this year");
            seedItems = null;
        }
        thisYear(weinan, seedItems);
        demoData.markLoaded(MARKER);
    }

    // ---- 2023, as it happened ------------------------------------------------------------------

    private List<PlanItemResponse> seedYear(Caller weinan) {
        long planId;
        List<PlanItemResponse> items;
        try (AppClock.Fixed ignored = demoData.on(LocalDate.of(2023, 2, 15))) {
            String text = seedText();
            PlanResponse plan = importer.importText(weinan, text.substring(text.indexOf(CITY_NOTICE_START))).plan();
            planId = plan.id();
            items = plan.items();
            plans.publish(weinan, planId);
        }
        LocalDate assigned = LocalDate.of(2023, 2, 20);
        finished(weinan, planId, item(items, 1, null), "报送2022年度县级人民政府履行教育职责自评报告", Category.EVALUATION, assigned,
                LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 28), "自评报告及佐证材料已报送", "610526", "610528", "610503");
        finished(weinan, planId, item(items, 2, "优质均衡"), "做好县域义务教育优质均衡创建省级过程督导准备", Category.CREATION,
                assigned, LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 26), "已摸清底数，建立问题台账并制定创建规划", "610528");
        finished(weinan, planId, item(items, 2, "普及普惠"), "学前教育普及普惠创建：自查自评、建立台账、制定工作方案", Category.CREATION,
                assigned, LocalDate.of(2023, 9, 30), LocalDate.of(2023, 9, 22), "自评报告、问题台账和工作方案已完成",
                "610503", "610582", "WN-GXQ");
        finished(weinan, planId, item(items, 3, null), "对照《深化新时代教育督导体制机制改革责任清单》开展落实情况自查",
                Category.REFORM, assigned, LocalDate.of(2023, 4, 30), LocalDate.of(2023, 4, 25), "自查报告已报送，责任清单逐项落实",
                "610526", "610528", "610522");
        finished(weinan, planId, item(items, 4, null), "校（园）长任期综合督导评估试点", Category.INSPECTION, assigned,
                LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 20), "试点方案已实施，形成评估报告", "610522");
        finished(weinan, planId, item(items, 5, null), "针对2022年度义务教育质量监测反馈问题制定整改方案", Category.MONITORING,
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 31), LocalDate.of(2023, 5, 25), "整改方案已印发并报市督导室",
                "610526", "610528");
        finished(weinan, planId, item(items, 6, null), "“双减”专项督导：组织责任督学开展课后服务和作业管理检查", Category.SPECIAL,
                LocalDate.of(2023, 3, 6), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 28), "专项督导已完成，问题已反馈学校整改",
                "610526", "610528");
        finished(weinan, planId, item(items, 7, null), "报送教育督导宣传稿件（全年不少于6篇）", Category.PUBLICITY, assigned,
                LocalDate.of(2023, 12, 15), LocalDate.of(2023, 12, 8), "全年报送稿件8篇，渭南日报采用3篇", "610526", "610528", "610522");
        return items;
    }

    /** A batch of tasks the assignees finished and the city accepted, each step on its own day. */
    private void finished(Caller weinan, long planId, Long itemId, String title, Category category, LocalDate start,
                          LocalDate due, LocalDate done, String note, String... countyCodes) {
        TaskBatchResult batch;
        try (AppClock.Fixed ignored = demoData.on(start)) {
            batch = tasks.createBatch(weinan, batchRequest(title, planId, itemId, category, Priority.NORMAL, start, due,
                    List.of(new SaveMilestone(null, "形成工作报告", due.minusDays(10), done.minusDays(3))), countyCodes));
        }
        for (int i = 0; i < batch.children().size(); i++) {
            Caller assignee = office(countyCodes[i]);
            long id = batch.children().get(i).id();
            try (AppClock.Fixed ignored = demoData.on(done.minusDays(3))) {
                tasks.reportProgress(assignee, id, new ProgressRequest(100, note, List.of()));
                tasks.act(assignee, id, Action.SUBMIT, null);
            }
            try (AppClock.Fixed ignored = demoData.on(done)) {
                tasks.act(weinan, id, Action.ACCEPT, null);
            }
        }
        // the city closes its own batch once every county's part is accepted
        try (AppClock.Fixed ignored = demoData.on(done)) {
            tasks.act(weinan, batch.parent().id(), Action.SUBMIT, null);
            tasks.act(weinan, batch.parent().id(), Action.ACCEPT, null);
        }
    }

    /**
     * 蒲城县's copy of the plan, as it received and forwarded it: the whole notice with its own cover
     * (蒲政教督办函〔2023〕3号), forwarded to the three zones, who acknowledged with their meeting records.
     */
    private void puchengsCopy() {
        Caller pucheng = demoData.caller("pucheng");
        List<ForwardingRecipient> recipients;
        try (AppClock.Fixed ignored = demoData.on(LocalDate.of(2023, 2, 23))) {
            long copy = importer.importText(pucheng, seedText()).plan().id();
            plans.publish(pucheng, copy);
            recipients = plans.forward(pucheng, copy, new CreateForwardingRequest("蒲政教督办函〔2023〕3号",
                    List.of(org("610526-Z1"), org("610526-Z2"), org("610526-Z3")),
                    "请你们高度重视，组织责任督学、督学区学校主要领导及时传达学习，做好会议记录。", LocalDate.of(2023, 3, 3))).recipients();
        }
        for (int i = 0; i < recipients.size(); i++) {
            ForwardingRecipient r = recipients.get(i);
            Caller zone = i == 0 ? demoData.caller("pc_dx01") : userOf(r.organizationName() + "责任督学", "610526-Z" + (i + 1), "SUPERVISOR");
            try (AppClock.Fixed ignored = demoData.on(LocalDate.of(2023, 2, 27).plusDays(i))) {
                long record = meetingRecord(zone, r.organizationName());
                tasks.acknowledge(zone, r.taskId(), new AcknowledgeRequest("已组织传达学习", List.of(record)));
            }
        }
    }

    private long meetingRecord(Caller zone, String zoneName) {
        try {
            Path file = Files.createTempFile("meeting-record", ".txt");
            try {
                Files.writeString(file, zoneName + "会议记录\n时间：" + clock.today() + "\n内容：传达学习《渭南市人民政府教育督导委员会办公室"
                        + "2023年工作要点》，部署本责任区2023年督导工作。\n参加人员：责任督学、督学区学校主要领导。\n", StandardCharsets.UTF_8);
                return attachments.upload(zone, zoneName + "会议记录.txt", file, Files.size(file)).id();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- this year: open work with lights relative to today ------------------------------------

    private void thisYear(Caller weinan, List<PlanItemResponse> seedItems) {
        Caller fuping = demoData.caller("fuping");
        Caller tongguan = demoData.caller("tongguan");
        LocalDate today = clock.today();
        long planId;
        List<PlanItemResponse> items;
        if (seedItems == null) {
            String text = seedText();
            PlanResponse plan = importer.importText(weinan, text.substring(text.indexOf(CITY_NOTICE_START))).plan();
            plans.publish(weinan, plan.id());
            planId = plan.id();
            items = plan.items();
        } else {
            int year = today.getYear();
            PlanResponse plan = plans.create(weinan, new SavePlanRequest("渭南市人民政府教育督导委员会办公室" + year + "年工作要点（演示）",
                    year, null, null, null, "各县（市、区）教育局、教育督导委员会办公室",
                    "演示数据：本年度沿用2023年工作要点的七项重点工作，承载正在进行的任务、督导、问题整改和问责。",
                    copy(seedItems), null, null));
            plans.publish(weinan, plan.id());
            planId = plan.id();
            items = plan.items();
        }

        List<TaskResponse> balanced = batch(weinan, "做好县域义务教育优质均衡创建省级过程督导准备", planId, item(items, 2, "优质均衡"),
                Category.CREATION, Priority.HIGH, today.minusDays(40), today.plusDays(20), milestones(today.minusDays(40), today.plusDays(20)),
                "610528");
        tasks.act(fuping, balanced.get(0).id(), Action.START, null);
        tasks.reportProgress(fuping, balanced.get(0).id(), new ProgressRequest(60, "已摸清底数，问题台账初步建立", List.of()));

        List<TaskResponse> preschool = batch(weinan, "学前教育普及普惠创建：自查自评、建立台账、制定工作方案", planId,
                item(items, 2, "普及普惠"), Category.CREATION, Priority.HIGH, today.minusDays(30), null, null,
                "610503", "610582", "WN-GXQ");
        Caller huazhou = office("610503");
        Caller huayin = office("610582");
        dueOn(preschool.get(0).id(), today.plusDays(15));
        dueOn(preschool.get(1).id(), today.plusDays(2));
        dueOn(preschool.get(2).id(), today.minusDays(5));
        tasks.reportProgress(huazhou, preschool.get(0).id(), new ProgressRequest(100, "自评报告已完成", List.of()));
        tasks.act(huazhou, preschool.get(0).id(), Action.SUBMIT, null);
        tasks.reportProgress(huayin, preschool.get(1).id(), new ProgressRequest(30, "正在组织自查", List.of()));

        List<TaskResponse> tenure = batch(weinan, "校（园）长任期综合督导评估试点", planId, item(items, 4, null), Category.INSPECTION,
                Priority.NORMAL, today.minusDays(60), today.plusDays(10), milestones(today.minusDays(60), today.plusDays(10)), "610522");
        tasks.reportProgress(tongguan, tenure.get(0).id(), new ProgressRequest(100, "试点方案已报送", List.of()));
        tasks.act(tongguan, tenure.get(0).id(), Action.SUBMIT, null);
        tasks.act(weinan, tenure.get(0).id(), Action.ACCEPT, null);

        List<TaskResponse> selfEvaluation = batch(weinan, "报送本年度县级人民政府履行教育职责自评报告", planId, item(items, 1, null),
                Category.EVALUATION, Priority.HIGH, today.minusDays(10), today.plusDays(25), null, "610526", "610528");
        tasks.act(demoData.caller("pucheng"), selfEvaluation.get(0).id(), Action.START, null);
        batch(weinan, "质量监测反馈问题整改情况报告", planId, item(items, 5, null), Category.MONITORING, Priority.NORMAL,
                today.minusDays(50), today.minusDays(3), null, "610526");
        List<TaskResponse> publicity = batch(weinan, "报送教育督导宣传稿件（全年不少于6篇）", planId, item(items, 7, null),
                Category.PUBLICITY, Priority.LOW, today.minusDays(90), today.plusDays(45), null, "610526", "610528");
        tasks.reportProgress(fuping, publicity.get(1).id(), new ProgressRequest(50, "已报送稿件3篇", List.of()));
    }

    private static List<SavePlanItem> copy(List<PlanItemResponse> items) {
        return items.stream().map(i -> new SavePlanItem(null, i.heading(), i.content(), copy(i.subItems()))).toList();
    }

    private static List<SaveMilestone> milestones(LocalDate start, LocalDate due) {
        return List.of(new SaveMilestone(null, "摸清底数、建立问题台账", start.plusDays(15), start.plusDays(14)),
                new SaveMilestone(null, "形成自评报告", due.minusDays(5), null));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private List<TaskResponse> batch(Caller caller, String title, long planId, Long itemId, Category category, Priority priority,
                                     LocalDate start, LocalDate due, List<SaveMilestone> milestones, String... countyCodes) {
        return tasks.createBatch(caller, batchRequest(title, planId, itemId, category, priority, start, due, milestones, countyCodes))
                .children();
    }

    private BatchTaskRequest batchRequest(String title, long planId, Long itemId, Category category, Priority priority,
                                          LocalDate start, LocalDate due, List<SaveMilestone> milestones, String... countyCodes) {
        List<Long> assignees = java.util.Arrays.stream(countyCodes).map(this::org).toList();
        return new BatchTaskRequest(title, "依据渭南市人民政府教育督导委员会办公室工作要点", planId, itemId, category, assignees, priority,
                start, due, milestones);
    }

    /** Item {@code seq} of a plan, or its first sub-item whose heading contains the text. */
    static Long item(List<PlanItemResponse> items, int seq, String subItemContaining) {
        if (items.size() < seq) {
            return null;
        }
        PlanItemResponse item = items.get(seq - 1);
        return subItemContaining == null ? Long.valueOf(item.id()) : item.subItems().stream()
                .filter(s -> s.heading().contains(subItemContaining)).map(PlanItemResponse::id).findFirst().orElse(item.id());
    }

    private void dueOn(long taskId, LocalDate due) {
        em.createNativeQuery("update task set due_date = ?1 where id = ?2").setParameter(1, due).setParameter(2, taskId)
                .executeUpdate();
    }

    private Long org(String code) {
        return ((Number) em.createNativeQuery("select id from organization where code = ?1").setParameter(1, code)
                .getSingleResult()).longValue();
    }

    /** The office account of a county: the demo's own, or one made for the demo. */
    private Caller office(String countyCode) {
        String username = OFFICES.get(countyCode);
        return username != null ? demoData.caller(username) : userOf(null, countyCode, "COUNTY_OFFICE");
    }

    /** A user of an organisation, created for the demo when it has none. */
    private Caller userOf(String displayName, String orgCode, String role) {
        String username = "demo_" + orgCode.toLowerCase();
        em.createNativeQuery("""
                        insert into app_user (username, display_name, password_hash, organization_id, roles)
                        select ?1, coalesce(cast(?3 as varchar), o.name || '教督办'), (select password_hash from app_user where username = 'fuping'),
                               o.id, ?4
                        from organization o where o.code = ?2
                        on conflict do nothing""")
                .setParameter(1, username).setParameter(2, orgCode).setParameter(3, displayName).setParameter(4, role)
                .executeUpdate();
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
