package io.dudao.accountability;

import io.dudao.common.export.Column;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.export.TableWriter;
import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.org.OrganizationService;
import io.dudao.common.work.Light;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The case register as CSV or .xlsx for reporting tools: the caller's full-view cases and the ones
 * it is the subject of, read through a cursor. Internal notes are never exported.
 */
@ApplicationScoped
public class CaseExport {

    @Inject
    CaseRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    EntityManager em;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    ExportGate exportGate;

    /** severeKnown: false where the caller is the subject and the case is not decided yet (从重 stays hidden). */
    record Row(AccountabilityCase c, Map<Long, String> names, Light light, boolean severeKnown) {
    }

    static List<Column<Row>> columns() {
        return List.of(
                Column.of("id", "编号", r -> r.c().id),
                Column.of("caseNumber", "案件编号", r -> r.c().caseNumber),
                Column.of("handlingOrgId", "办理单位编号", r -> r.c().handlingOrgId),
                Column.of("handlingOrgName", "办理单位", r -> r.names().get(r.c().handlingOrgId)),
                Column.of("subjectType", "问责对象类型代码", r -> r.c().subjectType.name()),
                Column.of("subjectTypeLabel", "问责对象类型", r -> r.c().subjectType.label()),
                Column.of("subjectOrgId", "被问责单位编号", r -> r.c().subjectOrgId),
                Column.of("subjectOrgName", "被问责单位", r -> r.c().subjectOrgId == null ? null : r.names().get(r.c().subjectOrgId)),
                Column.of("subjectPerson", "责任人", r -> r.c().subjectPersonName),
                Column.of("scenarioCodes", "问责情形", r -> String.join(";", r.c().scenarioCodes)),
                Column.of("source", "来源代码", r -> r.c().source.name()),
                Column.of("sourceLabel", "来源", r -> r.c().source.label()),
                Column.of("sourceId", "来源编号", r -> r.c().sourceId),
                Column.of("status", "状态代码", r -> r.c().status.name()),
                Column.of("statusLabel", "状态", r -> r.c().status.label()),
                Column.of("severe", "从重", r -> r.severeKnown() ? r.c().severe : null),
                Column.of("unitMeasures", "单位问责方式", r -> r.c().unitMeasures.stream().map(m -> m.label()).collect(Collectors.joining("、"))),
                Column.of("individualMeasures", "个人问责方式",
                        r -> r.c().individualMeasures.stream().map(m -> m.label()).collect(Collectors.joining("、"))),
                Column.of("publication", "公开方式代码", r -> r.c().publication.name()),
                Column.of("light", "预警代码", r -> r.light().name()),
                Column.of("lightLabel", "预警", r -> r.light().label()),
                Column.of("openedOn", "立案日期", r -> r.c().openedOn),
                Column.of("notifiedOn", "告知日期", r -> r.c().notifiedOn),
                Column.of("decidedOn", "决定日期", r -> r.c().decidedOn),
                Column.of("effectiveOn", "生效日期", r -> r.c().effectiveOn),
                Column.of("closedOn", "归档日期", r -> r.c().closedOn),
                Column.of("updatedAt", "更新时间", r -> r.c().updatedAt));
    }

    public void export(Caller caller, CaseRepository.Filter filter, PageQuery order, ExportFormat format, OutputStream out) {
        exportGate.inTransaction(() -> {
            Map<Long, String> names = organizations.namesInScope(caller);
            List<Long> ancestors = caller.ancestorOrSelfIds().stream().filter(id -> id != caller.orgId()).toList();
            LocalDate today = clock.today();
            try (TableWriter<Row> writer = TableWriter.open(format, columns(), out, "问责案件");
                 Stream<AccountabilityCase> cases = repository.search(caller, filter, order, today)
                         .withHint(HibernateHints.HINT_FETCH_SIZE, 500).stream()) {
                int[] count = {0};
                cases.forEach(c -> {
                    // a case handled above the caller is seen as its subject: no office clocks, as in the JSON
                    boolean fullView = caller.isAdmin() || !ancestors.contains(c.handlingOrgId);
                    writer.write(new Row(c, names, fullView ? CaseClocks.light(c, today) : Light.NONE,
                            fullView || c.decidedOn != null));
                    if (++count[0] % 500 == 0) {
                        em.clear();
                    }
                });
            }
        });
    }
}
