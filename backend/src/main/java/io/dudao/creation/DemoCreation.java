package io.dudao.creation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.common.security.Caller;
import io.dudao.creation.CreationDtos.CreateProgrammeRequest;
import io.dudao.creation.CreationDtos.ProgrammeStatus;
import io.dudao.creation.CreationDtos.SchoolReturnRequest;
import io.dudao.creation.CreationDtos.StageDto;
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
import java.util.List;

/**
 * The demo's creation programmes (resource /creation/demo.json): 富平县 优质均衡 with 2023 (failing on
 * sports grounds and their CV) and 2024 (passing) school returns and the 2023 ledger turned into tasks;
 * 华州区, 华阴市 and 高新区 普及普惠 with 2023 kindergarten returns, serving this year's plan item on the two
 * creations. Goes through the services, as users would, and loads once (marker in app_setting).
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

    record DemoFile(List<DemoProgramme> programmes) {
    }

    record DemoProgramme(String county, CreationKind kind, String user, int targetYear, List<StageDto> stages,
                         List<DemoReturn> returns, List<DemoLedger> ledger) {
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
            for (DemoLedger l : p.ledger()) {
                ledger.sync(caller, id, l.year(), l.createTasks());
            }
        }
        demoData.markLoaded(MARKER);
        LOG.info("Loaded the demo creation programmes");
    }

    /** Programmes run over several years: they serve this year's plan's item on the two creations. */
    private Long planItem(CreationKind kind) {
        return demoData.planItem(clock.year(), 2, kind == CreationKind.BALANCED_COMPULSORY ? "优质均衡" : "普及普惠");
    }

    private static DemoFile read() {
        try (InputStream in = DemoCreation.class.getResourceAsStream("/creation/demo.json")) {
            return READER.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
