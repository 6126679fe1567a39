package io.dudao.task;

/** The task feature's vocabularies. */
public final class TaskEnums {

    private TaskEnums() {
    }

    public enum Category {
        EVALUATION, CREATION, REFORM, INSPECTION, MONITORING, SPECIAL, PUBLICITY, ACKNOWLEDGEMENT, OTHER
    }

    public enum Priority {
        HIGH, NORMAL, LOW
    }

    public enum Status {
        NOT_STARTED, IN_PROGRESS, SUBMITTED, COMPLETED, CANCELLED;

        public boolean closed() {
            return this == COMPLETED || this == CANCELLED;
        }
    }

    /** Traffic light of a deadline: red overdue, yellow due within 3 days, green on track. */
    public enum Light {
        GREEN("正常"), YELLOW("临期"), RED("逾期"), NONE("—");

        private final String label;

        Light(String label) {
            this.label = label;
        }

        /** How exports and documents name the light. */
        public String label() {
            return label;
        }
    }
}
