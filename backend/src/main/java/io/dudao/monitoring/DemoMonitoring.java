package io.dudao.monitoring;

import io.dudao.common.security.Caller;
import io.dudao.demo.DemoData;
import io.dudao.inspection.FindingService;
import io.dudao.inspection.InspectionDtos.RectificationRequest;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.monitoring.MonitoringDtos.ProblemRequest;
import io.dudao.monitoring.MonitoringDtos.RaiseProblemsRequest;
import io.dudao.monitoring.MonitoringDtos.SampledCounty;
import io.dudao.monitoring.MonitoringDtos.SaveCycleRequest;
import io.dudao.monitoring.MonitoringEnums.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The monitoring part of the demo, serving item 五 of the seed's 2023 plan: 渭南市's 2022 cycle over 蒲城县,
 * 富平县 and 潼关县 with its results and the feedback problems, rectified one after another through 2023
 * (潼关's sent back once before it was verified); and the 2023 cycle with its results, where 蒲城县's
 * grade-8 mathematics fell beyond the threshold. As the seed plan reads as 2023, its work is closed by
 * the end of that year. Goes through the services as the city office would, each step on its own day,
 * and loads once.
 */
@ApplicationScoped
public class DemoMonitoring {

    private static final Logger LOG = Logger.getLogger(DemoMonitoring.class);
    static final String MARKER = "demo-data.monitoring";
    private static final String HEADER = "县区,学校,年级,学科,达到Ⅲ级及以上比例,优秀比例,平均量表分,校际差异率,全省达到Ⅲ级及以上比例,全省优秀比例,"
            + "全省平均量表分,全省校际差异率\n";

    @Inject
    DemoData demo;

    @Inject
    MonitoringService monitoring;

    @Inject
    FindingService findings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void loadOnce() {
        if (demo.alreadyLoaded(MARKER)) {
            return;
        }
        if (!demo.usersExist(List.of("weinan", "pucheng", "fuping", "tongguan")) || demo.orgId("610522") == null || demo.orgId("610528-S102") == null) {
            LOG.warn("Demo monitoring skipped: a demo user or organisation is missing");
            return;
        }
        Caller weinan = demo.caller("weinan");
        Long item = demo.planItem(2023, 5, "质量监测");
        List<SampledCounty> sample = List.of(
                new SampledCounty(demo.orgId("610526"), List.of(demo.orgId("610526-S101"), demo.orgId("610526-S102"))),
                new SampledCounty(demo.orgId("610528"), List.of(demo.orgId("610528-S101"), demo.orgId("610528-S102"))),
                new SampledCounty(demo.orgId("610522"), List.of()));
        List<Subject> subjects = List.of(Subject.MATHEMATICS, Subject.CHINESE, Subject.SCIENCE);

        long y2022;
        try (var ignored = demo.on(LocalDate.of(2022, 4, 11))) {
            y2022 = monitoring.create(weinan, new SaveCycleRequest(null, 2022, "2022年义务教育质量监测", subjects, List.of(4, 8),
                    LocalDate.of(2022, 5, 25), LocalDate.of(2023, 2, 20), LocalDate.of(2023, 6, 30), null, item, sample, null)).id();
        }
        try (var ignored = demo.on(LocalDate.of(2023, 2, 22))) {
            monitoring.importResults(weinan, y2022, "2022年监测结果.csv", (HEADER
                    + "蒲城县,,8,数学,82.4,18.6,512,0.13,78.5,17.2,500,0.15\n"
                    + "蒲城县,,4,语文,90.2,27.5,521,0.09,88.1,25.0,500,0.11\n"
                    + "蒲城县,,8,科学,80.1,16.2,505,0.12,79.0,16.8,500,0.14\n"
                    + "蒲城县,蒲城县尧山中学,8,数学,79.5,15.1,503,,78.5,17.2,500,0.15\n"
                    + "富平县,,8,数学,74.8,12.0,493,0.17,78.5,17.2,500,0.15\n"
                    + "富平县,,4,语文,85.3,20.1,497,0.12,88.1,25.0,500,0.11\n"
                    + "富平县,,8,科学,77.0,14.5,496,0.16,79.0,16.8,500,0.14\n"
                    + "潼关县,,8,数学,76.2,13.5,495,0.14,78.5,17.2,500,0.15\n"
                    + "潼关县,,4,语文,86.0,21.7,499,0.10,88.1,25.0,500,0.11\n"
                    + "潼关县,,8,科学,72.4,11.8,488,0.18,79.0,16.8,500,0.14\n").getBytes(StandardCharsets.UTF_8));
        }
        List<Long> problems;
        try (var ignored = demo.on(LocalDate.of(2023, 3, 10))) {
            problems = monitoring.raiseProblems(weinan, y2022, new RaiseProblemsRequest(List.of(
                    new ProblemRequest(demo.orgId("610526"), Subject.MATHEMATICS, FindingSeverity.GENERAL,
                            "八年级数学优秀比例与全省差距不大，但校际差异率接近 0.15", "开展校际结对帮扶，缩小校际差异", LocalDate.of(2023, 6, 30)),
                    new ProblemRequest(demo.orgId("610528"), Subject.CHINESE, FindingSeverity.GENERAL,
                            "四年级语文达到Ⅲ级及以上比例低于全省平均 2.8 个百分点", "分析原因，制定语文阅读教学改进方案并落实到校",
                            LocalDate.of(2023, 6, 30)),
                    new ProblemRequest(demo.orgId("610522"), Subject.SCIENCE, FindingSeverity.MAJOR,
                            "八年级科学达到Ⅲ级及以上比例低于全省平均 6.6 个百分点，校际差异率 0.18", "配齐科学实验教师和仪器，规范实验教学",
                            LocalDate.of(2023, 9, 30))))).findingIds();
        }
        step(LocalDate.of(2023, 6, 12), () -> findings.rectify(demo.caller("pucheng"), problems.get(0), new RectificationRequest(
                "组织 6 对城乡初中结对帮扶，开展数学同课异构", "期末八年级数学校际差异率降至 0.11", List.of())));
        step(LocalDate.of(2023, 6, 20), () -> findings.verify(weinan, problems.get(0)));
        step(LocalDate.of(2023, 6, 26), () -> findings.rectify(demo.caller("fuping"), problems.get(1), new RectificationRequest(
                "印发《富平县小学语文阅读教学改进方案》，开展整本书阅读教研", null, List.of())));
        step(LocalDate.of(2023, 7, 3), () -> monitoring.close(weinan, y2022));
        step(LocalDate.of(2023, 7, 10), () -> findings.verify(weinan, problems.get(1)));
        Caller tongguan = demo.caller("tongguan");
        step(LocalDate.of(2023, 9, 25), () -> findings.rectify(tongguan, problems.get(2), new RectificationRequest(
                "补充科学实验教师 3 名", null, List.of())));
        step(LocalDate.of(2023, 9, 28), () -> findings.reopen(weinan, problems.get(2), "实验仪器未配齐，请补充佐证材料"));
        step(LocalDate.of(2023, 11, 30), () -> findings.rectify(tongguan, problems.get(2), new RectificationRequest(
                "配齐 8 所初中科学实验仪器，开齐学生分组实验", "八年级分组实验开出率 100%", List.of())));
        step(LocalDate.of(2023, 12, 8), () -> findings.verify(weinan, problems.get(2)));

        long y2023;
        try (var ignored = demo.on(LocalDate.of(2023, 4, 6))) {
            y2023 = monitoring.create(weinan, new SaveCycleRequest(null, 2023, "2023年义务教育质量监测", subjects, List.of(4, 8),
                    LocalDate.of(2023, 5, 24), LocalDate.of(2023, 11, 20), LocalDate.of(2024, 6, 30), null, item, sample, null)).id();
        }
        step(LocalDate.of(2023, 11, 22), () -> monitoring.importResults(weinan, y2023, "2023年监测结果.csv", (HEADER
                + "蒲城县,,8,数学,74.1,14.2,497,0.16,79.2,17.5,501,0.15\n"
                + "蒲城县,,4,语文,91.0,28.0,523,0.09,88.6,25.4,501,0.11\n"
                + "蒲城县,,8,科学,81.0,16.9,507,0.12,79.5,17.0,501,0.14\n"
                + "富平县,,8,数学,76.5,13.1,496,0.15,79.2,17.5,501,0.15\n"
                + "富平县,,4,语文,87.9,23.0,502,0.11,88.6,25.4,501,0.11\n"
                + "富平县,,8,科学,78.2,15.0,499,0.15,79.5,17.0,501,0.14\n"
                + "潼关县,,8,数学,77.0,13.9,497,0.14,79.2,17.5,501,0.15\n"
                + "潼关县,,4,语文,86.8,22.0,500,0.10,88.6,25.4,501,0.11\n"
                + "潼关县,,8,科学,75.9,13.0,492,0.16,79.5,17.0,501,0.14\n").getBytes(StandardCharsets.UTF_8)));
        step(LocalDate.of(2023, 12, 20), () -> monitoring.close(weinan, y2023));
        demo.markLoaded(MARKER);
        LOG.info("Loaded the demo quality monitoring (2022 and 2023 cycles)");
    }

    private void step(LocalDate day, Runnable action) {
        try (var ignored = demo.on(day)) {
            action.run();
        }
    }
}
