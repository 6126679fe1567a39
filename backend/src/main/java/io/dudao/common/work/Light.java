package io.dudao.common.work;

/** Traffic light of a deadline: red overdue, yellow due within 3 days, green on track, none closed or undated. */
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
