package io.dudao.plan;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.org.OrganizationService;
import io.dudao.plan.PlanDtos.ImportWarningResponse;
import io.dudao.plan.importing.ImportWarning;
import io.dudao.plan.importing.ImportWarningField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The importer's warnings on a plan: saved with the imported draft, listed to whoever sees the plan,
 * dismissed one by one by its editors. Dismissed warnings are kept (and listed on request) for the record.
 */
@ApplicationScoped
public class PlanImportWarningService {

    static final int MAX_WARNINGS = 200;
    private static final int MAX_MESSAGE = 1000;
    private static final int MAX_SOURCE_TEXT = 500;

    @Inject
    PlanImportWarningRepository repository;

    @Inject
    PlanRepository plans;

    @Inject
    PlanService planService;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    AppClock clock;

    /** Saves what the importer said about a new plan, each warning with the source line it points at. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ImportWarningResponse> record(long planId, List<ImportWarning> warnings, List<String> sourceLines) {
        List<ImportWarning> kept = new ArrayList<>(warnings.subList(0, Math.min(warnings.size(), MAX_WARNINGS)));
        if (warnings.size() > MAX_WARNINGS) {
            kept.set(MAX_WARNINGS - 1, new ImportWarning(1, ImportWarningField.TEXT,
                    "另有 " + (warnings.size() - MAX_WARNINGS + 1) + " 条提示未列出，请通读全文核对"));
        }
        List<ImportWarningResponse> saved = new ArrayList<>();
        for (ImportWarning w : kept) {
            PlanImportWarning warning = new PlanImportWarning();
            warning.planId = planId;
            warning.seq = saved.size() + 1;
            warning.line = w.line();
            warning.field = w.field();
            warning.message = truncate(w.message(), MAX_MESSAGE);
            warning.sourceText = w.line() >= 1 && w.line() <= sourceLines.size()
                    ? truncate(sourceLines.get(w.line() - 1).strip(), MAX_SOURCE_TEXT) : null;
            warning.createdAt = clock.now();
            repository.persist(warning);
            saved.add(toResponse(warning));
        }
        return saved;
    }

    /** @throws ApiException 404 when the caller cannot see the plan */
    public List<ImportWarningResponse> list(Caller caller, long planId, boolean includeDismissed) {
        visible(caller, planId);
        return repository.ofPlan(planId, includeDismissed).stream().map(PlanImportWarningService::toResponse).toList();
    }

    /** Dismisses one warning; dismissing it again changes nothing. */
    @Transactional
    public ImportWarningResponse dismiss(Caller caller, long planId, long warningId) {
        Plan plan = visible(caller, planId);
        planService.requireEditor(caller, plan.issuingOrgId);
        PlanImportWarning warning = repository.find(planId, warningId)
                .orElseThrow(() -> ApiException.notFound("导入提示", "Import warning"));
        if (warning.dismissedAt == null) {
            warning.dismissedAt = clock.now();
            warning.dismissedBy = caller.username();
            repository.flush();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("warningId", warning.id);
            details.put("line", warning.line);
            details.put("field", warning.field.name());
            details.put("message", warning.message);
            audit.record(caller, "DISMISS_IMPORT_WARNING", "PLAN", plan.id, organizations.pathOf(plan.issuingOrgId).orElse(null),
                    "忽略导入提示（第 " + warning.line + " 行）：" + warning.message, details);
        }
        return toResponse(warning);
    }

    private Plan visible(Caller caller, long planId) {
        return plans.findVisible(caller, planId).orElseThrow(() -> ApiException.notFound("工作要点", "Plan"));
    }

    private static ImportWarningResponse toResponse(PlanImportWarning w) {
        return new ImportWarningResponse(w.id, w.line, w.field, w.message, w.sourceText, w.dismissedAt, w.dismissedBy);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
