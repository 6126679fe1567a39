package io.dudao.common.security;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener for what a caller is made of (users, organisations, API clients): a change made
 * here is forgotten by the {@link CallerCache} at its commit, before the response that made it is
 * sent, so the next request sees it even before the database's notification arrives.
 */
public class CallerChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        Arc.container().instance(CallerCache.class).get().forgetAfterCommit();
    }
}
