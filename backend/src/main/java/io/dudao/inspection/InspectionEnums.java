package io.dudao.inspection;

/** The vocabularies of inspection reports and findings. */
public final class InspectionEnums {

    private InspectionEnums() {
    }

    /** What kind of supervision a report records. */
    public enum InspectionType {
        /** 责任督学经常性督导（挂牌督导） */
        ROUTINE_VISIT("经常性督导（挂牌督导）"),
        /** "316工程"学校督导评估 */
        SCHOOL_EVALUATION_316("“316工程”学校督导评估"),
        /** 校（园）长任期综合督导评估 */
        PRINCIPAL_TENURE("校（园）长任期综合督导评估"),
        /** 专项督导, e.g. 双减 */
        SPECIAL("专项督导"),
        /** 履行教育职责评价 (督政) */
        GOVERNMENT_DUTY("履行教育职责评价"),
        /** 义务教育质量监测 */
        QUALITY_MONITORING("义务教育质量监测");

        private final String label;

        InspectionType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum InspectionReportStatus {
        DRAFT("草稿"), SUBMITTED("已提交待审核"), APPROVED("已审核待发布"), PUBLISHED("已发布");

        private final String label;

        InspectionReportStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum FindingSeverity {
        MAJOR("重大"), GENERAL("一般"), MINOR("轻微");

        private final String label;

        FindingSeverity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** OPEN 待整改 → SUBMITTED 已报整改 → VERIFIED 已销号, or REOPENED 退回重改 → SUBMITTED again. */
    public enum FindingStatus {
        OPEN("待整改"), SUBMITTED("已报送整改"), VERIFIED("已销号"), REOPENED("退回重新整改");

        private final String label;

        FindingStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean closed() {
            return this == VERIFIED;
        }
    }

    /** Where a finding came from. Findings of reports open for rectification when the report is published; the others at once. */
    public enum FindingSource {
        REPORT("督导报告"), VISIT("经常性督导"), COMPLAINT("投诉举报"), ROUND("评估"), MONITORING("质量监测"),
        CAMPAIGN("专项督导"), OTHER("直接登记");

        private final String label;

        FindingSource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
