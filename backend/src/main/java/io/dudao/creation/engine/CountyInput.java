package io.dudao.creation.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The county-level numbers a county enters (优质均衡 or 普及普惠) for a year (counts, amounts, a year), from which
 * the county figures are computed. The key is the JSON name in {@link CountyReturn#inputs()}.
 */
public enum CountyInput {
    SPECIAL_SCHOOL_FUNDS_PER_PUPIL_YUAN("specialSchoolFundsPerPupilYuan", "特殊教育学校生均公用经费", "元", Kind.AMOUNT),
    TEACHER_AVERAGE_SALARY_YUAN("teacherAverageSalaryYuan", "义务教育学校教师年平均工资收入", "元", Kind.AMOUNT),
    CIVIL_SERVANT_AVERAGE_SALARY_YUAN("civilServantAverageSalaryYuan", "当地公务员年平均工资收入", "元", Kind.AMOUNT),
    TEACHERS_DUE_360_HOURS("teachersDue360Hours", "应完成 5 年 360 学时培训的教师数", "人", Kind.COUNT),
    TEACHERS_COMPLETED_360_HOURS("teachersCompleted360Hours", "已完成 5 年 360 学时培训的教师数", "人", Kind.COUNT),
    ROTATION_ELIGIBLE_TEACHERS("rotationEligibleTeachers", "符合交流条件的教师数", "人", Kind.COUNT),
    ROTATED_TEACHERS("rotatedTeachers", "本年度交流轮岗教师数", "人", Kind.COUNT),
    ROTATED_BACKBONE_TEACHERS("rotatedBackboneTeachers", "其中骨干教师数", "人", Kind.COUNT),
    FULL_TIME_TEACHERS("fullTimeTeachers", "义务教育学校专任教师数", "人", Kind.COUNT),
    CERTIFIED_TEACHERS("certifiedTeachers", "其中持有教师资格证上岗的人数", "人", Kind.COUNT),
    URBAN_PRIMARY_ENTRANTS("urbanPrimaryEntrants", "城区和镇区公办小学（不含寄宿制）新生数", "人", Kind.COUNT),
    URBAN_PRIMARY_NEARBY("urbanPrimaryNearby", "其中就近入学人数", "人", Kind.COUNT),
    URBAN_JUNIOR_ENTRANTS("urbanJuniorEntrants", "城区和镇区公办初中（不含寄宿制）新生数", "人", Kind.COUNT),
    URBAN_JUNIOR_NEARBY("urbanJuniorNearby", "其中就近入学人数", "人", Kind.COUNT),
    QUALITY_HIGH_SCHOOL_PLACES("qualityHighSchoolPlaces", "优质普通高中招生计划数", "人", Kind.COUNT),
    QUOTA_PLACES("quotaPlaces", "其中分配到县域内初中的名额", "人", Kind.COUNT),
    ELIGIBLE_MIGRANT_CHILDREN("eligibleMigrantChildren", "符合条件的随迁子女数", "人", Kind.COUNT),
    MIGRANT_CHILDREN_PUBLIC("migrantChildrenInPublicOrFunded", "其中在公办学校和政府购买服务的民办学校就读的人数", "人", Kind.COUNT),
    JUNIOR_COHORT_ENTERED("juniorCohortEntered", "本届初中入学时学生数", "人", Kind.COUNT),
    JUNIOR_COHORT_RETAINED("juniorCohortRetained", "本届初中毕业年级在校生数", "人", Kind.COUNT),
    DISABLED_CHILDREN("disabledChildren", "适龄残疾儿童少年数", "人", Kind.COUNT),
    DISABLED_CHILDREN_ENROLLED("disabledChildrenEnrolled", "其中入学人数", "人", Kind.COUNT),
    SURVEY_RESPONDENTS("surveyRespondents", "社会认可度调查有效问卷数", "份", Kind.COUNT),
    SURVEY_APPROVING("surveyApproving", "其中表示认可的问卷数", "份", Kind.COUNT),
    BASIC_BALANCE_RECOGNISED_YEAR("basicBalanceRecognisedYear", "通过国家义务教育基本均衡发展认定的年份", "年", Kind.YEAR),
    TOWNSHIPS("townships", "乡镇数", "个", Kind.COUNT),
    TOWNSHIPS_WITH_PUBLIC_CENTRE("townshipsWithPublicCentreKindergarten", "其中有公办中心幼儿园的乡镇数", "个", Kind.COUNT),
    COMMUNITY_KINDERGARTENS("communityKindergartens", "城镇小区配套幼儿园数", "所", Kind.COUNT),
    COMMUNITY_KINDERGARTENS_INCLUSIVE("communityKindergartensInclusive", "其中办成公办园或普惠性民办园的数量", "所", Kind.COUNT),
    KINDERGARTEN_TEACHERS("kindergartenTeachers", "幼儿园专任教师数", "人", Kind.COUNT),
    KINDERGARTEN_CERTIFIED_TEACHERS("kindergartenCertifiedTeachers", "其中持有教师资格证的人数", "人", Kind.COUNT);

    /** COUNT: whole ≥ 0; AMOUNT: ≥ 0 with few decimals; YEAR: a calendar year. */
    public enum Kind {
        COUNT, AMOUNT, YEAR
    }

    public final String key;
    public final String label;
    public final String unit;
    public final Kind kind;

    CountyInput(String key, String label, String unit, Kind kind) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.kind = kind;
    }

    public static Optional<CountyInput> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }
}
