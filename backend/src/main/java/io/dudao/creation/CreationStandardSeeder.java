package io.dudao.creation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.creation.CreationDtos.StandardDocument;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The national standard sets (优质均衡 2017, 普及普惠 2020), stored on every start unless already there
 * at the file's revision; a later revision replaces the stored content, completes older local copies and
 * recomputes the stored summaries of the programmes using them. Serialised across replicas by an
 * advisory lock; the demo loader calls it too before using them.
 */
@ApplicationScoped
public class CreationStandardSeeder {

    private static final Logger LOG = Logger.getLogger(CreationStandardSeeder.class);
    private static final long LOCK_KEY = 0x63726561L; // "crea"
    private static final ObjectMapper READER = new ObjectMapper()
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private static final List<String[]> SEEDS = List.of(
            new String[]{CreationStandardService.SEED_BALANCED, "/creation/balanced-compulsory-2017.json"},
            new String[]{CreationStandardService.SEED_PRESCHOOL, "/creation/inclusive-preschool-2020.json"});

    @Inject
    CreationStandardService standards;

    @Inject
    CreationProgrammeService programmes;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        ensureSeeded();
    }

    @Transactional
    public void ensureSeeded() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        Set<Long> changed = new HashSet<>();
        for (String[] seed : SEEDS) {
            changed.addAll(standards.seed(seed[0], read(seed[1])));
        }
        if (!changed.isEmpty()) {
            int summaries = programmes.reassessUsing(changed);
            LOG.infof("Corrected %d creation standard sets and recomputed %d stored summaries", changed.size(), summaries);
        }
    }

    static StandardDocument read(String resource) {
        try (InputStream in = CreationStandardSeeder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed resource " + resource);
            }
            return READER.readValue(in, StandardDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
