package io.dudao.supervision;

/** The vocabularies of responsibility supervision (责任督学挂牌督导). */
public final class SupervisionEnums {

    private SupervisionEnums() {
    }

    /** 专职 or 兼职: most supervisors are serving principals and teachers, part-time. */
    public enum Employment {
        FULL_TIME("专职"), PART_TIME("兼职");

        private final String label;

        Employment(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** ACTIVE 在聘, SUSPENDED 暂停, ENDED 解聘/期满. Only an active appointment within its term supervises. */
    public enum AppointmentStatus {
        ACTIVE("在聘"), SUSPENDED("暂停"), ENDED("解聘");

        private final String label;

        AppointmentStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How often each school is visited: visitsPerPeriod per month, or per semester. */
    public enum VisitFrequency {
        MONTHLY, SEMESTER
    }

    /** 春季学期 (spring, in the named year) or 秋季学期 (autumn, starting in the named year). */
    public enum Semester {
        SPRING, AUTUMN
    }
}
