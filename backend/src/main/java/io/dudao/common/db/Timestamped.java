package io.dudao.common.db;

import io.dudao.common.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.OffsetDateTime;

/** An entity with created_at / updated_at columns, stamped on insert and on every update by the app clock. */
@MappedSuperclass
public abstract class Timestamped {

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @PrePersist
    void stampCreated() {
        createdAt = AppClock.current().now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdated() {
        updatedAt = AppClock.current().now();
    }
}
