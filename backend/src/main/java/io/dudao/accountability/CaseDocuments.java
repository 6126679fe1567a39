package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.CaseResponse;
import io.dudao.accountability.AccountabilityDtos.PublicDecision;
import io.dudao.accountability.AccountabilityEnums.IndividualMeasure;
import io.dudao.accountability.AccountabilityEnums.UnitMeasure;
import io.dudao.common.document.Docx;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.web.PageResponse;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The decision (问责决定书) as .docx, and decisions published to the public with names masked. */
@ApplicationScoped
public class CaseDocuments {

    @Inject
    CaseService cases;

    @Inject
    CaseRepository repository;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    OrganizationService organizations;

    public record File(String fileName, byte[] content) {
    }

    public File decision(Caller caller, long id) {
        CaseResponse c = cases.get(caller, id);
        if (c.decidedOn() == null) {
            throw ApiException.conflict("NOT_DECIDED", "案件尚未作出问责决定", "The case has no decision yet");
        }
        Docx doc = new Docx();
        doc.title(c.handlingOrgName() + "人民政府教育督导委员会办公室");
        doc.title("教育督导问责决定书");
        doc.subtitle(c.caseNumber());
        String subject = subject(c);
        doc.plain(subject + "：");
        doc.heading("一、基本情况");
        doc.paragraph(c.facts());
        if (c.statement() != null) {
            doc.heading("二、陈述申辩情况");
            doc.paragraph("本机关于" + Docx.date(c.notifiedOn()) + "书面告知拟问责事项，你方于" + Docx.date(c.statement().submittedOn())
                    + "提出陈述申辩：" + c.statement().text());
        }
        doc.heading((c.statement() != null ? "三" : "二") + "、问责决定");
        doc.paragraph(c.decisionText());
        doc.labelled("问责依据：", c.basis());
        doc.labelled("问责方式：", String.join("、", measures(c.unitMeasures(), c.individualMeasures())));
        if (c.severe()) {
            doc.labelled("从重情节：", String.join("；", c.severeReasons().stream()
                    .map(g -> g.code().label() + (g.note() == null ? "" : "（" + g.note() + "）")).toList()));
        }
        doc.labelled("生效日期：", Docx.date(c.effectiveOn()));
        doc.heading("救济途径");
        doc.paragraph("如对本决定不服，可自收到本决定之日起30日内向本机关申请复核；对复核决定仍不服的，可自收到复核决定之日起15日内"
                + "向上一级教育督导机构提出申诉。复核、申诉期间，不停止本决定的执行。");
        doc.right(c.handlingOrgName() + "人民政府教育督导委员会办公室");
        doc.right(Docx.date(c.decidedOn()));
        return new File("问责决定书-" + c.caseNumber() + ".docx", doc.bytes());
    }

    public PageResponse<PublicDecision> published(Integer year, int page, int size) {
        var query = repository.publicDecisions(year).page(page, size);
        List<AccountabilityCase> found = query.list();
        Set<Long> orgIds = new HashSet<>();
        found.forEach(c -> {
            orgIds.add(c.handlingOrgId);
            if (c.subjectOrgId != null) {
                orgIds.add(c.subjectOrgId);
            }
        });
        Map<Long, OrganizationSummary> orgs = organizations.summaries(orgIds);
        Map<String, String> descriptions = new java.util.HashMap<>();
        scenarios.list("ownerOrgId is null").forEach(s -> descriptions.put(s.code, s.description));
        List<PublicDecision> items = new ArrayList<>();
        for (AccountabilityCase c : found) {
            String person = c.subjectPersonName == null ? null
                    : Names.masked(c.subjectPersonName) + (c.subjectPersonPosition == null ? "" : "，" + c.subjectPersonPosition);
            items.add(new PublicDecision(c.caseNumber, CaseViews.name(orgs, c.handlingOrgId), c.subjectType,
                    CaseViews.name(orgs, c.subjectOrgId), person,
                    c.scenarioCodes.stream().map(code -> descriptions.getOrDefault(code, code)).toList(),
                    measures(c.unitMeasures, c.individualMeasures), Names.maskedIn(c.decisionText, c.subjectPersonName),
                    c.basis, c.decidedOn, c.effectiveOn, c.severe));
        }
        return new PageResponse<>(items, page, size, query.count());
    }

    static List<String> measures(List<UnitMeasure> unit, List<IndividualMeasure> individual) {
        List<String> out = new ArrayList<>();
        unit.forEach(m -> out.add(m.label()));
        individual.forEach(m -> out.add((unit.contains(UnitMeasure.INTERVIEW) && m == IndividualMeasure.INTERVIEW ? "约谈责任人" : m.label())));
        return out;
    }

    private static String subject(CaseResponse c) {
        if (c.subjectPerson() == null) {
            return c.subjectOrgName();
        }
        String person = c.subjectPerson().name() + (c.subjectPerson().position() == null ? "" : "（" + c.subjectPerson().position() + "）");
        return c.subjectOrgName() == null ? person : c.subjectOrgName() + " " + person;
    }
}
