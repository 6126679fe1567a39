package io.dudao.common.work;

/**
 * The kinds of work the registry knows. A feature that creates a new kind of work (visits, campaigns,
 * complaints, rounds, monitoring cycles ...) adds its constant here and implements {@link WorkItemSource}.
 */
public enum WorkKind {
    TASK("任务", "/tasks/"),
    FORWARDING("转发签收", "/tasks/"),
    REPORT("督导报告", "/inspection-reports/"),
    FINDING("问题整改", "/findings/"),
    CASE("问责案件", "/accountability/"),
    MONITORING("质量监测", "/monitoring/");

    private final String label;
    private final String clientPath;

    WorkKind(String label, String clientPath) {
        this.label = label;
        this.clientPath = clientPath;
    }

    public String label() {
        return label;
    }

    /** Where the web client shows one item of this kind. */
    public String link(long id) {
        return clientPath + id;
    }
}
