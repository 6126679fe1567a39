package io.dudao.creation;

import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.web.Etags;
import io.dudao.creation.CreationDtos.CountyForm;
import io.dudao.creation.CreationDtos.CountyInputField;
import io.dudao.creation.CreationDtos.CountyReturnRequest;
import io.dudao.creation.CreationDtos.CountyReturnResponse;
import io.dudao.creation.CreationDtos.JudgedItem;
import io.dudao.creation.CreationProgrammeService.Ctx;
import io.dudao.creation.engine.CountyFigure;
import io.dudao.creation.engine.CountyInput;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CountyValidator;
import io.dudao.creation.engine.CreationEnums.ConditionKind;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.StandardContent;
import io.dudao.creation.engine.StandardContent.Condition;
import io.dudao.creation.engine.StandardContent.CountyPart;
import io.dudao.creation.engine.StandardContent.Item;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A county's own data for a programme year (优质均衡 or 普及普惠) (the figures' numbers, monitoring results, judgements and
 * vetoes with evidence): read with the form the programme's standard defines, and saved as a whole
 * after every field is checked, which refreshes the year's stored verdict.
 */
@ApplicationScoped
public class CreationCountyService {

    @Inject
    CreationProgrammeService programmes;

    @Inject
    CreationProgrammeRepository programmeRepository;

    @Inject
    CreationCountyReturnRepository repository;

    @Inject
    CreationReturnRepository returns;

    @Inject
    CreationStandardService standards;

    @Inject
    CreationEvidenceAttachments evidence;

    @Inject
    AuditService audit;

    public CountyReturnResponse get(Caller caller, long id, int year) {
        CreationProgrammeService.checkYear(year);
        Ctx ctx = programmes.visible(caller, id);
        return response(ctx.programme(), year, repository.find(ctx.programme().id, year));
    }

    @Transactional
    public CountyReturnResponse save(Caller caller, long id, int year, CountyReturnRequest request, String ifMatch) {
        CreationProgrammeService.checkYear(year);
        Ctx ctx = programmes.editable(caller, id);
        CreationProgramme p = ctx.programme();
        StandardContent standard = standards.byId(p.standardSetId).content;
        CountyValidator.Result valid = CountyValidator.validate(standard,
                new CountyReturn(request.inputs(), request.monitoring(), request.judgements(), request.vetoes()), year, true);
        if (!valid.ok()) {
            throw CreationStandardService.invalid(valid.errors());
        }
        programmeRepository.lock(p);
        Optional<CreationCountyReturn> existing = repository.find(p.id, year);
        existing.ifPresent(e -> Etags.expectedVersion(ifMatch, request.version(), e.version));
        CreationCountyReturn c = existing.orElseGet(CreationCountyReturn::new);
        CountyReturn before = existing.map(e -> e.data).orElse(CountyReturn.EMPTY);
        String verdictBefore = returns.find(p.id, year).map(r -> r.verdict == null ? null : r.verdict.name()).orElse(null);
        c.programmeId = p.id;
        c.year = year;
        c.data = valid.data();
        c.updatedBy = caller.userId();
        c.updatedAt = OffsetDateTime.now(); // a jsonb-only change must still bump the version
        if (existing.isEmpty()) {
            repository.persist(c);
        }
        repository.flush();
        Set<Long> linked = evidence.ofCountyReturn(c.id).stream().map(AttachmentResponse::id).collect(Collectors.toSet());
        Set<Long> named = evidenceIds(c.data);
        named.removeAll(linked);
        evidence.link(caller, named, c.id);
        programmes.refreshSummary(p, year);
        String verdictAfter = returns.find(p.id, year).map(r -> r.verdict == null ? null : r.verdict.name()).orElse(null);
        audit.record(caller, "SAVE_COUNTY_DATA", "CREATION_COUNTY_RETURN", c.id, ctx.countyPath(),
                "填报" + ctx.county().name() + year + " 年" + CreationProgrammeService.label(p.kind) + "县级数据（" + c.data.inputs().size() + " 项数据，"
                        + c.data.judgements().size() + " 项评定，" + c.data.vetoes().size() + " 项一票否决）",
                details(year, before, c.data, verdictBefore, verdictAfter));
        return response(p, year, Optional.of(c));
    }

    private CountyReturnResponse response(CreationProgramme p, int year, Optional<CreationCountyReturn> c) {
        StandardContent standard = standards.byId(p.standardSetId).content;
        return new CountyReturnResponse(p.id, year, c.isPresent(), c.map(x -> x.data).orElse(CountyReturn.EMPTY),
                c.map(x -> evidence.ofCountyReturn(x.id)).orElse(List.of()), form(standard),
                returns.find(p.id, year).map(CreationReturnRepository::summary).orElse(null),
                c.map(x -> x.version).orElse(null), c.map(x -> x.updatedAt).orElse(null));
    }

    /** What the standard asks the county to enter: the inputs of its figures, the monitoring, the judged items, the vetoes. */
    static CountyForm form(StandardContent standard) {
        Map<CountyInput, Map<String, String>> used = new LinkedHashMap<>();
        boolean monitoring = false;
        Map<Item, String> titles = new LinkedHashMap<>();
        standard.parts().forEach(p -> p.items().forEach(i -> titles.put(i, p.name() + "第 " + i.number() + " 项")));
        if (standard.precondition() != null) {
            titles.put(standard.precondition(), "基本条件");
        }
        for (Map.Entry<Item, String> entry : titles.entrySet()) {
            Item item = entry.getKey();
            for (Condition c : item.conditions()) {
                if (c.kind() != ConditionKind.COUNTY_FIGURE) {
                    continue;
                }
                CountyFigure figure = CountyFigure.byCode(c.measure()).orElseThrow();
                monitoring |= figure.usesMonitoring();
                figure.inputs().forEach(i -> used.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(item.code(), entry.getValue()));
            }
        }
        List<CountyInputField> inputs = used.entrySet().stream()
                .map(e -> new CountyInputField(e.getKey().key, e.getKey().label, e.getKey().unit, e.getKey().kind,
                        List.copyOf(e.getValue().keySet()), List.copyOf(e.getValue().values()))).toList();
        List<JudgedItem> judged = new ArrayList<>();
        for (CountyPart part : standard.parts()) {
            for (Item item : part.items()) {
                if (item.judged()) {
                    String judges = item.conditions().stream().filter(c -> c.kind() == ConditionKind.JUDGEMENT)
                            .map(c -> c.note() == null || c.note().isBlank() ? item.name() : c.note()).collect(Collectors.joining("；"));
                    judged.add(new JudgedItem(item.code(), part.name(), item.number(), item.name(), judges, item.sourceNote()));
                }
            }
        }
        return new CountyForm(inputs, monitoring, judged, standard.vetoList());
    }

    private static Set<Long> evidenceIds(CountyReturn data) {
        Set<Long> ids = new LinkedHashSet<>();
        data.judgements().forEach(j -> ids.addAll(j.evidence()));
        data.vetoes().forEach(v -> ids.addAll(v.evidence()));
        return ids;
    }

    private static Map<String, Object> details(int year, CountyReturn before, CountyReturn after, String verdictBefore, String verdictAfter) {
        Set<String> keys = new HashSet<>(before.inputs().keySet());
        keys.addAll(after.inputs().keySet());
        List<String> changed = keys.stream().filter(k -> !same(before.inputs().get(k), after.inputs().get(k))).sorted().toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", year);
        details.put("inputsChanged", changed);
        details.put("monitoringSubjects", after.monitoring().size());
        details.put("judgements", after.judgements().stream().map(j -> j.itemCode() + "=" + (j.met() ? "达到" : "未达到")).toList());
        details.put("vetoes", after.vetoes().stream().map(CountyReturn.VetoRecord::code).toList());
        details.put("verdictBefore", verdictBefore);
        details.put("verdictAfter", verdictAfter);
        return details;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || a != null && b != null && a.compareTo(b) == 0;
    }
}
