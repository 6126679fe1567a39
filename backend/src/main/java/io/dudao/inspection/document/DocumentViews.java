package io.dudao.inspection.document;

import java.time.LocalDate;
import java.util.List;

/** What the generated documents show, already resolved to names and labels. */
public final class DocumentViews {

    private DocumentViews() {
    }

    public record ScoreRow(String code, String name, int depth, String standard, String result, String remark) {
    }

    public record FindingRow(String severity, String indicatorCode, String description, String requirement, String owner,
                             LocalDate dueDate, String status) {
    }

    public record ReportView(String title, String type, String status, boolean published, String target, String inspectingOrg,
                             String issuer, List<String> inspectors, LocalDate visitStart, LocalDate visitEnd, String topic,
                             String summary, String system, Integer systemVersion, List<ScoreRow> scores, String total,
                             String grade, List<FindingRow> findings) {
    }

    public record NoticeSection(String owner, List<FindingRow> findings) {
    }

    public record NoticeView(String reportTitle, String type, String target, String inspectingOrg, String issuer,
                             LocalDate visitStart, LocalDate visitEnd, LocalDate issuedOn, List<NoticeSection> sections) {
    }
}
