package io.dudao.inspection.indicator;

import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorSystemStatus;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorTargetType;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One version of an indicator system; the tree is one jsonb document, frozen once published. */
@Entity
@Table(name = "indicator_system")
public class IndicatorSystem extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The first version's id, shared by every version copied from it. */
    @Column(name = "lineage_id")
    public Long lineageId;

    @Column(name = "system_version", nullable = false)
    public int systemVersion;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "source_note")
    public String sourceNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    public IndicatorTargetType targetType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorSystemStatus status;

    /** Null for the built-in systems every organisation sees. */
    @Column(name = "owner_org_id")
    public Long ownerOrgId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "grade_bands", nullable = false, columnDefinition = "jsonb")
    public List<GradeBand> gradeBands = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "indicators", nullable = false, columnDefinition = "jsonb")
    public List<IndicatorNode> indicators = new ArrayList<>();

    @Column(name = "total_score")
    public BigDecimal totalScore;

    @Column(name = "leaf_count", nullable = false)
    public int leafCount;

    /** Set on built-in systems, so seeding is idempotent. */
    @Column(name = "seed_key")
    public String seedKey;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Version
    public long revision;

    public ScoringModel scoringModel() {
        return new ScoringModel(id, systemVersion, name, kind, targetType, status == IndicatorSystemStatus.PUBLISHED,
                indicators, gradeBands, totalScore);
    }
}
