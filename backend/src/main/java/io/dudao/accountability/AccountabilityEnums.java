package io.dudao.accountability;

/** The vocabularies of accountability (教育督导问责), with the Chinese labels the documents use. */
public final class AccountabilityEnums {

    private AccountabilityEnums() {
    }

    /** The six families of situations of the national method (国教督〔2021〕2号). */
    public enum ScenarioFamily {
        NOT_IMPLEMENTING_DECISIONS("贯彻落实党和国家教育决策部署不力"),
        FAILING_EDUCATION_DUTIES("履行教育职责不到位"),
        KEY_TASKS_BEHIND("重点任务推进严重滞后"),
        NON_COMPLIANT_OPERATION("违规办学行为"),
        FALLING_QUALITY("教育质量下降"),
        SAFETY_OR_OBSTRUCTION("安全问题多发或拒绝、阻挠督导");

        private final String label;

        ScenarioFamily(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum SubjectType {
        GOVERNMENT("地方人民政府"), DEPARTMENT("政府有关部门"), SCHOOL("学校及其他教育机构"), PERSON("相关责任人");

        private final String label;

        SubjectType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum CaseSource {
        FINDING("督导发现问题"), TASK("重点任务逾期"), COMPLAINT("投诉举报"), INSPECTION("督导检查"), OTHER("其他");

        private final String label;

        CaseSource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum CaseStatus {
        OPEN("已立案"), INVESTIGATING("调查核实"), NOTIFIED("已书面告知"), STATEMENT_RECEIVED("已陈述申辩"),
        DECIDED("已作出决定"), UNDER_REVIEW("复核中"), UNDER_APPEAL("申诉中"), CORRECTION_PENDING("待纠正"),
        EXECUTED("已执行"), REVOKED("已撤销"), CLOSED("已归档"), DISMISSED("不予问责");

        private final String label;

        CaseStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean decided() {
            return switch (this) {
                case DECIDED, UNDER_REVIEW, UNDER_APPEAL, CORRECTION_PENDING, EXECUTED, CLOSED -> true;
                default -> false;
            };
        }
    }

    public enum UnitMeasure {
        PUBLIC_CRITICISM("公开批评"), INTERVIEW("约谈"), SUPERVISION_NOTICE("督导通报"),
        RESOURCE_ADJUSTMENT("资源调整"), ADMINISTRATIVE_PENALTY("行政处罚");

        private final String label;

        UnitMeasure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum IndividualMeasure {
        ORDER_SELF_EXAMINATION("责令检查"), INTERVIEW("约谈"), NOTIFIED_CRITICISM("通报批评"),
        ORGANIZATIONAL_HANDLING("组织处理"), DISCIPLINE_RECOMMENDATION("处分建议"), REFERRAL("移送监察机关或司法机关");

        private final String label;

        IndividualMeasure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Publication {
        NONE("不公开"), INTERNAL("内部通报"), PUBLIC("向社会公开");

        private final String label;

        Publication(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Grounds for heavier handling (从重); the first two are found by the server. */
    public enum SevereReason {
        REPEATED_WITHIN_YEAR("一年内被问责两次及以上", true),
        NOT_CORRECTED_AFTER_ACCOUNTABILITY("问责后仍不整改", true),
        CONCEALMENT_OR_OBSTRUCTION("隐瞒事实真相、阻挠督导", false),
        RETALIATION("打击报复", false);

        private final String label;
        private final boolean automatic;

        SevereReason(String label, boolean automatic) {
            this.label = label;
            this.automatic = automatic;
        }

        public String label() {
            return label;
        }

        public boolean automatic() {
            return automatic;
        }
    }

    public enum ReviewOutcome {
        UPHELD("维持原决定"), CHANGED("变更原决定"), REVOKED("撤销原决定");

        private final String label;

        ReviewOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum AppealOutcome {
        UPHELD("维持原决定"), CORRECTED("申诉成立，责令纠正");

        private final String label;

        AppealOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The clocks of the procedure (DOMAIN.md). */
    public enum DeadlineKind {
        INVESTIGATION("成立调查组（督导结束后60日内）", 60, Party.OFFICE),
        STATEMENT("陈述申辩期限", 0, Party.SUBJECT),
        REVIEW_REQUEST("申请复核（决定后30日内）", 30, Party.SUBJECT),
        REVIEW_ANSWER("复核答复（受理后30日内）", 30, Party.OFFICE),
        APPEAL_FILING("提出申诉（复核答复或决定后15日内）", 15, Party.SUBJECT),
        APPEAL_ANSWER("申诉答复（60日内）", 60, Party.APPELLATE),
        CORRECTION("纠正原决定（申诉成立后15日内）", 15, Party.OFFICE);

        private final String label;
        private final int days;
        private final Party party;

        DeadlineKind(String label, int days, Party party) {
            this.label = label;
            this.days = days;
            this.party = party;
        }

        public String label() {
            return label;
        }

        public int days() {
            return days;
        }

        public Party party() {
            return party;
        }
    }

    /** Who has to act before a deadline: the handling office, the subject, or the level above. */
    public enum Party {
        OFFICE, SUBJECT, APPELLATE
    }

    public enum DeadlineState {
        /** Running. */
        OPEN,
        /** The step was taken in time. */
        MET,
        /** The step was taken after the deadline, with an override reason. */
        LATE,
        /** An obligation of an office that is past due and not done. */
        OVERDUE,
        /** A right of the subject that was not used in time, or that the procedure went past. */
        LAPSED
    }

    /** What the caller sees of a case: all of it, or the subject's part (no internal notes or steps). */
    public enum CaseView {
        FULL, SUBJECT
    }
}
