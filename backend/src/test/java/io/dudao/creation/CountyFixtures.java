package io.dudao.creation;

import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CountyReturn.Judgement;
import io.dudao.creation.engine.CountyReturn.MonitoringSubject;
import io.dudao.creation.engine.SchoolRow;
import io.dudao.creation.engine.StandardContent;
import io.dudao.creation.engine.StandardContent.Item;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A 优质均衡 county meeting every item of the national standard, to change one thing at a time in tests. */
final class CountyFixtures {

    private CountyFixtures() {
    }

    /** A primary school of 1000 students meeting all seven resource indicators and every every-school rule. */
    static SchoolRow primary(String code, String name) {
        return SchoolRow.compulsory(code, name, "PRIMARY", 1000, null, null, 50, 10, 10, 5000, 8000, 2_500_000, 25, false)
                .withProvision(provision(24, 44, null));
    }

    /** 24 classes: 2 music and 2 art rooms (2 × 12 ÷ 24 = 1.00 per 12 classes) of 100 ㎡; training funds 6% of public funds. */
    static SchoolRow.Provision provision(int classes, Integer largestPrimaryClass, Integer largestJuniorClass) {
        return new SchoolRow.Provision(dec(classes), dec(largestPrimaryClass), dec(largestJuniorClass), dec(2), dec(100), dec(2), dec(100),
                dec(500_000), dec(30_000));
    }

    /**
     * Every county figure above its threshold, the monitoring at level Ⅲ and Ⅳ with difference rates below 0.15,
     * every item that needs a judgement judged met with one piece of evidence, no veto, recognised in 2018.
     */
    static CountyReturn passing(StandardContent standard) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("specialSchoolFundsPerPupilYuan", dec(6500));
        inputs.put("teacherAverageSalaryYuan", dec(98_000));
        inputs.put("civilServantAverageSalaryYuan", dec(96_000));
        inputs.put("teachersDue360Hours", dec(1200));
        inputs.put("teachersCompleted360Hours", dec(1200));
        inputs.put("rotationEligibleTeachers", dec(1000));
        inputs.put("rotatedTeachers", dec(120));
        inputs.put("rotatedBackboneTeachers", dec(30));
        inputs.put("fullTimeTeachers", dec(1500));
        inputs.put("certifiedTeachers", dec(1500));
        inputs.put("urbanPrimaryEntrants", dec(800));
        inputs.put("urbanPrimaryNearby", dec(800));
        inputs.put("urbanJuniorEntrants", dec(600));
        inputs.put("urbanJuniorNearby", dec(590));
        inputs.put("qualityHighSchoolPlaces", dec(1000));
        inputs.put("quotaPlaces", dec(550));
        inputs.put("eligibleMigrantChildren", dec(400));
        inputs.put("migrantChildrenInPublicOrFunded", dec(380));
        inputs.put("juniorCohortEntered", dec(1000));
        inputs.put("juniorCohortRetained", dec(980));
        inputs.put("disabledChildren", dec(40));
        inputs.put("disabledChildrenEnrolled", dec(39));
        inputs.put("surveyRespondents", dec(1000));
        inputs.put("surveyApproving", dec(900));
        inputs.put("basicBalanceRecognisedYear", dec(2018));
        List<MonitoringSubject> monitoring = List.of(new MonitoringSubject("四年级数学", dec(3), new BigDecimal("0.120")),
                new MonitoringSubject("八年级语文", dec(4), new BigDecimal("0.090")));
        List<Judgement> judgements = standard.allItems().stream().filter(Item::judged)
                .map(i -> new Judgement(i.code(), true, "查阅文件并实地核查，符合要求", List.of(1L))).toList();
        return new CountyReturn(inputs, monitoring, judgements, List.of());
    }

    /** The same data with some inputs changed. */
    static CountyReturn with(CountyReturn data, Map<String, BigDecimal> changes) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>(data.inputs());
        inputs.putAll(changes);
        return new CountyReturn(inputs, data.monitoring(), data.judgements(), data.vetoes());
    }

    static BigDecimal dec(Integer v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }
}
