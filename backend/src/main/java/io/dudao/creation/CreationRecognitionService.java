package io.dudao.creation;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.creation.CreationDtos.RecognitionResponse;
import io.dudao.creation.CreationDtos.RecognitionStepCode;
import io.dudao.creation.CreationDtos.RecognitionStepDto;
import io.dudao.creation.CreationDtos.RecordRecognitionStepRequest;
import io.dudao.creation.CreationProgrammeService.Ctx;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's road to recognition: county self-assessment → city review → provincial process supervision →
 * provincial review → national recognition. Each step is recorded once, in that order, never dated before the
 * one before it, by an office that may change the programme; the recording office is the caller's.
 */
@ApplicationScoped
public class CreationRecognitionService {

    @Inject
    CreationProgrammeService programmes;

    @Inject
    CreationRecognitionStepRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    public RecognitionResponse get(Caller caller, long id) {
        Ctx ctx = programmes.visible(caller, id);
        return response(ctx.programme().id, repository.ofProgramme(ctx.programme().id));
    }

    @Transactional
    public RecognitionResponse record(Caller caller, long id, RecordRecognitionStepRequest request) {
        Ctx ctx = programmes.editable(caller, id);
        List<CreationRecognitionStep> done = repository.ofProgramme(ctx.programme().id);
        RecognitionStepCode next = next(done).orElseThrow(() -> ApiException.conflict("ILLEGAL_TRANSITION",
                "该创建项目已通过国家认定，没有后续环节", "The programme is already nationally recognised"));
        if (request.step() != next) {
            throw ApiException.conflict("ILLEGAL_TRANSITION", "认定环节须按顺序登记：下一环节是“" + next.label + "”，不能登记“"
                    + request.step().label + "”", "Steps are recorded in order: the next one is " + next);
        }
        if (!done.isEmpty() && request.date().isBefore(done.get(done.size() - 1).recordedOn)) {
            CreationRecognitionStep previous = done.get(done.size() - 1);
            throw ApiException.validation("date", "日期不能早于上一环节“" + previous.step.label + "”（" + previous.recordedOn + "）",
                    "the date may not precede the previous step's");
        }
        CreationRecognitionStep s = new CreationRecognitionStep();
        s.programmeId = ctx.programme().id;
        s.step = next;
        s.stepOrder = next.ordinal() + 1;
        s.recordedOn = request.date();
        s.documents = request.documents().stream().map(String::strip).toList();
        s.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        s.officeOrgId = caller.orgId();
        s.recordedBy = caller.userId();
        repository.persistAndFlush(s);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", next.name());
        details.put("date", s.recordedOn.toString());
        details.put("documents", s.documents);
        details.put("officeOrgId", s.officeOrgId);
        audit.record(caller, "RECORD_RECOGNITION_STEP", "CREATION_PROGRAMME", ctx.programme().id, ctx.countyPath(),
                "登记" + ctx.county().name() + CreationProgrammeService.label(ctx.programme().kind) + "创建认定环节：" + next.label
                        + "（" + s.recordedOn + "）", details);
        done.add(s);
        return response(ctx.programme().id, done);
    }

    private static Optional<RecognitionStepCode> next(List<CreationRecognitionStep> done) {
        RecognitionStepCode[] all = RecognitionStepCode.values();
        return done.size() >= all.length ? Optional.empty() : Optional.of(all[done.size()]);
    }

    private RecognitionResponse response(long programmeId, List<CreationRecognitionStep> done) {
        Map<Long, OrganizationSummary> offices = organizations.summaries(done.stream().map(s -> s.officeOrgId).distinct().toList());
        List<RecognitionStepDto> steps = new ArrayList<>();
        for (RecognitionStepCode code : RecognitionStepCode.values()) {
            CreationRecognitionStep s = done.stream().filter(d -> d.step == code).findFirst().orElse(null);
            OrganizationSummary office = s == null ? null : offices.get(s.officeOrgId);
            steps.add(s == null ? new RecognitionStepDto(code, code.ordinal() + 1, code.label, false, null, List.of(), null, null, null, null)
                    : new RecognitionStepDto(code, s.stepOrder, code.label, true, s.recordedOn, s.documents, s.note, s.officeOrgId,
                    office == null ? null : office.name(), s.createdAt));
        }
        return new RecognitionResponse(programmeId, steps, next(done).orElse(null));
    }
}
