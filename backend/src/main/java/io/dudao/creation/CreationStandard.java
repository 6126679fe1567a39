package io.dudao.creation;

import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.StandardContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** A standard set (immutable once stored): the thresholds and rules a programme is assessed with. */
@Entity
@Table(name = "creation_standard")
public class CreationStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CreationKind kind;

    @Column(nullable = false)
    public String name;

    public Integer year;

    @Column(name = "source_note", nullable = false)
    public String sourceNote;

    @Column(name = "based_on_id")
    public Long basedOnId;

    /** Null for the national sets every organisation sees. */
    @Column(name = "owner_org_id")
    public Long ownerOrgId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public StandardContent content;

    @Column(name = "seed_key")
    public String seedKey;

    /** The revision of the seed file a national set holds (null for local sets). */
    @Column(name = "seed_revision")
    public Integer seedRevision;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now();
    }
}
