package io.dudao.inspection.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.inspection.indicator.IndicatorDtos.IndicatorSystemDocument;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The built-in indicator systems (published, without owner, so every organisation sees them), stored on
 * every start unless already there: the 责任督学 routine visit checklist, the 316 evaluation skeleton and
 * the county government duty evaluation. Serialised across replicas by an advisory lock.
 */
@ApplicationScoped
public class IndicatorSeeder {

    private static final Logger LOG = Logger.getLogger(IndicatorSeeder.class);
    private static final long LOCK_KEY = 0x696e6473L; // "inds"

    public static final String ROUTINE_VISIT = "routine-visit-checklist@1";
    public static final String SCHOOL_316 = "school-evaluation-316-round4@1";
    public static final String GOVERNMENT_DUTY = "government-duty-county@1";

    private static final List<String[]> SEEDS = List.of(
            new String[]{ROUTINE_VISIT, "/inspection/routine-visit-checklist.json"},
            new String[]{SCHOOL_316, "/inspection/school-evaluation-316.json"},
            new String[]{GOVERNMENT_DUTY, "/inspection/government-duty-evaluation.json"});

    @Inject
    IndicatorSystemService systems;

    @Inject
    IndicatorSystemRepository repository;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        ensureSeeded();
    }

    /** Idempotent; joins the caller's transaction (the demo loader calls it before using the systems). */
    @Transactional
    public void ensureSeeded() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        int created = 0;
        for (String[] seed : SEEDS) {
            if (systems.seed(seed[0], read(seed[1]))) {
                created++;
            }
        }
        if (created > 0) {
            LOG.infof("Stored %d built-in indicator systems", created);
        }
    }

    /** The id of a built-in system by its seed key. */
    public long idOf(String seedKey) {
        return repository.findBySeedKey(seedKey).orElseThrow(() -> new IllegalStateException("not seeded: " + seedKey)).id;
    }

    private IndicatorSystemDocument read(String resource) {
        try (InputStream in = IndicatorSeeder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed resource " + resource);
            }
            return mapper.readValue(in, IndicatorSystemDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
