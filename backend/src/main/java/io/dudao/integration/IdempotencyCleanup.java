package io.dudao.integration;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Idempotency records are kept 24 hours; a claim whose request never answered lapses sooner (see the filters). */
@ApplicationScoped
public class IdempotencyCleanup {

    @Inject
    EntityManager em;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createNativeQuery("delete from idempotency_record where created_at < now() - interval '24 hours'").executeUpdate();
    }
}
