package io.dudao.creation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.attachment.AttachmentService;
import io.dudao.common.security.Caller;
import io.dudao.creation.CreationDtos.RecognitionStepCode;
import io.dudao.creation.CreationDtos.RecordRecognitionStepRequest;
import io.dudao.creation.CreationDtos.CountyReturnRequest;
import io.dudao.creation.CreationDtos.CreateProgrammeRequest;
import io.dudao.creation.CreationDtos.ProgrammeStatus;
import io.dudao.creation.CreationDtos.SchoolReturnRequest;
import io.dudao.creation.CreationDtos.StageDto;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.SchoolRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's creation programmes (resource /creation/demo.json): 富平县 优质均衡 with 2023 school returns and
 * county data failing in every part (sports grounds and their CV, schools missing the resource rule, class
 * sizes, teacher rotation, moral education, monitoring, social recognition) and 2024 passing them all, the
 * judgements' evidence uploaded as attachments, and the 2023 ledger turned into tasks; 华州区, 华阴市 and
 * 高新区 普及普惠 with 2023 kindergarten returns, serving this year's plan item on the two creations. Goes
 * through the services, as users would, and loads once (marker in app_setting).
 */
@ApplicationScoped
public class DemoCreation {

    private static final Logger LOG = Logger.getLogger(DemoCreation.class);
    static final String MARKER = "demo-data.creation";
    private static final ObjectMapper READER = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    @Inject
    io.dudao.demo.DemoData demoData;

    @Inject
    CreationStandardSeeder seeder;

    @Inject
    CreationProgrammeService programmes;

    @Inject
    CreationLedgerService ledger;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    CreationCountyService countyData;

    @Inject
    CreationRecognitionService recognition;

    @Inject
    AttachmentService attachments;

    record DemoFile(List<DemoProgramme> programmes) {
    }

    record DemoProgramme(String county, CreationKind kind, String user, int targetYear, List<StageDto> stages,
                         List<DemoReturn> returns, List<DemoCounty> countyData, List<DemoLedger> ledger, List<DemoStep> recognition) {
    }

    /** A recognition step as the plan names it, recorded by the given demo user's office. */
    record DemoStep(String user, RecognitionStepCode step, LocalDate date, List<String> documents, String note) {
    }

    record DemoCounty(int year, Map<String, BigDecimal> inputs, List<CountyReturn.MonitoringSubject> monitoring,
                      List<DemoJudgement> judgements, List<DemoVeto> vetoes) {
    }

    record DemoJudgement(String itemCode, Boolean met, String basis, List<DemoEvidence> evidence) {
    }

    record DemoVeto(String code, String description, List<DemoEvidence> evidence) {
    }

    /** A small text file standing for a scanned document. */
    record DemoEvidence(String fileName, String text) {
    }

    record DemoReturn(int year, BigDecimal childPopulation3to5, List<SchoolRow> rows) {
    }

    record DemoLedger(int year, boolean createTasks) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void loadOnce() {
        if (demoData.alreadyLoaded(MARKER)) {
            return;
        }
        seeder.ensureSeeded();
        DemoFile demo = read();
        for (DemoProgramme p : demo.programmes()) {
            Long county = demoData.orgId(p.county());
            if (county == null) {
                LOG.warnf("Demo creation data skipped: no organisation %s", p.county());
                continue;
            }
            Caller caller = demoData.caller(p.user());
            long id = programmes.create(caller, new CreateProgrammeRequest(p.kind(), county, p.targetYear(), p.stages(), null,
                    ProgrammeStatus.ACTIVE, planItem(p.kind()))).id();
            for (DemoReturn r : p.returns()) {
                programmes.saveSchools(caller, id, r.year(), new SchoolReturnRequest(r.rows(), r.childPopulation3to5(), null), null);
            }
            Map<String, Long> uploaded = new HashMap<>();
            for (DemoCounty c : p.countyData() == null ? List.<DemoCounty>of() : p.countyData()) {
                List<CountyReturn.Judgement> judgements = c.judgements().stream().map(j -> new CountyReturn.Judgement(j.itemCode(), j.met(),
                        j.basis(), upload(caller, j.evidence(), uploaded))).toList();
                List<CountyReturn.VetoRecord> vetoes = c.vetoes().stream().map(v -> new CountyReturn.VetoRecord(v.code(), v.description(),
                        upload(caller, v.evidence(), uploaded))).toList();
                countyData.save(caller, id, c.year(), new CountyReturnRequest(c.inputs(), c.monitoring(), judgements, vetoes, null), null);
            }
            for (DemoLedger l : p.ledger()) {
                ledger.sync(caller, id, l.year(), l.createTasks());
            }
            for (DemoStep step : p.recognition() == null ? List.<DemoStep>of() : p.recognition()) {
                recognition.record(demoData.caller(step.user()), id,
                        new RecordRecognitionStepRequest(step.step(), step.date(), step.documents(), step.note()));
            }
        }
        demoData.markLoaded(MARKER);
        LOG.info("Loaded the demo creation programmes");
    }

    /** Programmes run over several years: they serve this year's plan's item on the two creations. */
    private Long planItem(CreationKind kind) {
        return demoData.planItem(clock.year(), 2, kind == CreationKind.BALANCED_COMPULSORY ? "优质均衡" : "普及普惠");
    }

    /** Uploads each evidence file once (by name) as the demo user, as a person would before saving. */
    private List<Long> upload(Caller caller, List<DemoEvidence> files, Map<String, Long> uploaded) {
        List<Long> ids = new ArrayList<>();
        for (DemoEvidence f : files == null ? List.<DemoEvidence>of() : files) {
            ids.add(uploaded.computeIfAbsent(f.fileName(), name -> {
                try {
                    Path tmp = Files.createTempFile("dudao-demo-evidence", ".txt");
                    try {
                        byte[] bytes = f.text().getBytes(StandardCharsets.UTF_8);
                        Files.write(tmp, bytes);
                        return attachments.upload(caller, name, tmp, bytes.length).id();
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return ids;
    }

    private static DemoFile read() {
        try (InputStream in = DemoCreation.class.getResourceAsStream("/creation/demo.json")) {
            return READER.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
