package io.dudao.inspection;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.document.DocumentViews.FindingRow;
import io.dudao.inspection.document.DocumentViews.NoticeSection;
import io.dudao.inspection.document.DocumentViews.NoticeView;
import io.dudao.inspection.document.DocumentViews.ReportView;
import io.dudao.inspection.document.DocumentViews.ScoreRow;
import io.dudao.inspection.document.ReportDocuments;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorNode;
import io.dudao.inspection.indicator.IndicatorTree;
import io.dudao.inspection.indicator.ScoreEntry;
import io.dudao.inspection.indicator.ScoringModel;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The report (督导报告) and the rectification notice (整改通知书) of a report as Word documents. */
@ApplicationScoped
public class InspectionDocumentService {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    InspectionReportService reports;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    InspectionFindingRepository findings;

    @Inject
    OrganizationService organizations;

    @Inject
    UserService users;

    public record GeneratedFile(String fileName, byte[] content) {
    }

    public GeneratedFile report(Caller caller, long id) {
        InspectionReport r = reports.visible(caller, id);
        ScoringModel model = reports.model(r);
        List<InspectionFinding> all = findings.ofReport(r.id);
        Map<Long, OrganizationSummary> orgs = orgs(r, all);
        List<String> inspectors = r.inspectorUserIds.stream()
                .map(userId -> users.findById(userId).map(u -> u.displayName).orElse("#" + userId)).toList();
        ReportView view = new ReportView(r.title, r.type.label(), r.status.label(), r.status == InspectionReportStatus.PUBLISHED,
                name(orgs, r.targetOrgId), name(orgs, r.inspectingOrgId), issuer(caller, r, orgs), inspectors, r.visitStart,
                r.visitEnd, r.topic, r.summary, model == null ? null : model.name(), model == null ? null : model.version(),
                scoreRows(model, r.scores), r.totalScore == null ? null : plain(r.totalScore)
                + (model != null && model.totalScore() != null ? " / " + plain(model.totalScore()) : ""),
                r.grade, all.stream().map(f -> row(f, orgs)).toList());
        return new GeneratedFile("督导报告-" + r.title + ".docx", ReportDocuments.report(view));
    }

    public GeneratedFile rectificationNotice(Caller caller, long id) {
        InspectionReport r = reports.visible(caller, id);
        List<InspectionFinding> open = findings.ofReport(r.id).stream().filter(f -> !f.status.closed()).toList();
        if (open.isEmpty()) {
            throw ApiException.conflict("NO_OPEN_FINDINGS", "该报告没有待整改的问题，无需整改通知书",
                    "The report has no open findings to notify");
        }
        Map<Long, OrganizationSummary> orgs = orgs(r, open);
        Map<Long, List<FindingRow>> byOwner = new LinkedHashMap<>();
        open.forEach(f -> byOwner.computeIfAbsent(f.ownerOrgId, k -> new ArrayList<>()).add(row(f, orgs)));
        List<NoticeSection> sections = byOwner.entrySet().stream()
                .map(e -> new NoticeSection(name(orgs, e.getKey()), e.getValue())).toList();
        NoticeView view = new NoticeView(r.title, r.type.label(), name(orgs, r.targetOrgId), name(orgs, r.inspectingOrgId),
                issuer(caller, r, orgs), r.visitStart, r.visitEnd, clock.today(), sections);
        return new GeneratedFile("整改通知书-" + r.title + ".docx", ReportDocuments.rectificationNotice(view));
    }

    private Map<Long, OrganizationSummary> orgs(InspectionReport r, List<InspectionFinding> list) {
        Set<Long> ids = new HashSet<>(List.of(r.targetOrgId, r.inspectingOrgId));
        list.forEach(f -> ids.add(f.ownerOrgId));
        return organizations.summaries(ids);
    }

    /** The inspecting organisation's supervision office, as it signs documents. */
    private String issuer(Caller caller, InspectionReport r, Map<Long, OrganizationSummary> orgs) {
        try {
            String office = organizations.get(caller, r.inspectingOrgId).officeName();
            if (office != null && !office.isBlank()) {
                return office;
            }
        } catch (ApiException e) {
            // not visible as an organisation (e.g. an inspector elsewhere): sign with its name
        }
        return name(orgs, r.inspectingOrgId);
    }

    static List<ScoreRow> scoreRows(ScoringModel model, List<ScoreEntry> scores) {
        if (model == null) {
            return List.of();
        }
        Map<String, ScoreEntry> byCode = scores.stream().collect(Collectors.toMap(ScoreEntry::indicatorCode, Function.identity(),
                (a, b) -> a));
        List<ScoreRow> rows = new ArrayList<>();
        IndicatorTree.walk(model.indicators(), node -> {
            int depth = node.code().split("\\.").length;
            ScoreEntry entry = byCode.get(node.code());
            String remark = entry == null || entry.remark() == null ? "" : entry.remark();
            if (model.kind() == IndicatorKind.SCORED) {
                String result;
                if (node.leaf()) {
                    result = entry == null ? "未评分" : plain(entry.score());
                } else {
                    result = plain(subtotal(node, byCode));
                }
                rows.add(new ScoreRow(node.code(), node.name(), depth, plain(node.maxScore()), result, remark));
            } else if (node.leaf()) {
                String unit = node.unit() == null ? "" : node.unit();
                String standard = node.operator() == null ? "是否达标" : node.operator().symbol() + plain(node.threshold()) + unit;
                String result = entry == null || entry.passed() == null ? "未评"
                        : (entry.passed() ? "达标" : "未达标") + (entry.score() == null ? "" : "（实测 " + plain(entry.score()) + unit + "）");
                rows.add(new ScoreRow(node.code(), node.name(), depth, standard, result, remark));
            } else {
                rows.add(new ScoreRow(node.code(), node.name(), depth, "", "", ""));
            }
        });
        return rows;
    }

    private static BigDecimal subtotal(IndicatorNode node, Map<String, ScoreEntry> byCode) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorNode leaf : IndicatorTree.leaves(List.of(node)).values()) {
            ScoreEntry e = byCode.get(leaf.code());
            if (e != null && e.score() != null) {
                sum = sum.add(e.score());
            }
        }
        return sum;
    }

    private static FindingRow row(InspectionFinding f, Map<Long, OrganizationSummary> orgs) {
        return new FindingRow(f.severity.label(), f.indicatorCode, f.description, f.requirement, name(orgs, f.ownerOrgId),
                f.dueDate, f.status.label());
    }

    private static String name(Map<Long, OrganizationSummary> orgs, Long id) {
        String name = InspectionReportService.name(orgs, id);
        return name == null ? "" : name;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

}
