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
}
