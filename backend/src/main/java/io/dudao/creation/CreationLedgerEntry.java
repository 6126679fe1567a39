package io.dudao.creation;

import io.dudao.creation.CreationDtos.LedgerStatus;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One gap in the problem ledger (问题台账) of a programme year. */
@Entity
@Table(name = "creation_ledger_entry")
public class CreationLedgerEntry extends Timestamped {

    /** The school code of county-wide entries (a CV or a county indicator). */
    public static final String COUNTY = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "programme_id", nullable = false)
    public Long programmeId;

    @Column(nullable = false)
    public int year;

    @Column(name = "school_code", nullable = false)
    public String schoolCode;

    @Column(name = "school_name")
    public String schoolName;

    @Column(name = "school_org_id")
    public Long schoolOrgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CreationStage stage;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(name = "indicator_name", nullable = false)
    public String indicatorName;

    public BigDecimal value;

    public BigDecimal threshold;

    public BigDecimal gap;

    public String unit;

    @Column(name = "resource_needed")
    public BigDecimal resourceNeeded;

    @Column(name = "resource_unit")
    public String resourceUnit;

    @Column(nullable = false)
    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerStatus status;

    @Column(name = "task_id")
    public Long taskId;

    @Column(name = "first_seen_at", nullable = false)
    public OffsetDateTime firstSeenAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Version
    public long version;

    /** Runs after {@link Timestamped}'s stamp (superclass callbacks come first). */
    @PrePersist
    void firstSeen() {
        if (firstSeenAt == null) {
            firstSeenAt = createdAt;
        }
    }

    public String key() {
        return schoolCode + "|" + stage + "|" + indicatorCode;
    }
}
