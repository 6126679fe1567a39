package io.dudao.inspection;

import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.inspection.indicator.ScoreEntry;
import jakarta.persistence.CollectionTable;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "inspection_report")
public class InspectionReport extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionType type;

    @Column(nullable = false)
    public String title;

    @Column(name = "target_org_id", nullable = false)
    public Long targetOrgId;

    @Column(name = "inspecting_org_id", nullable = false)
    public Long inspectingOrgId;

    @ElementCollection
    @CollectionTable(name = "inspection_report_inspector", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq")
    @Column(name = "user_id")
    public List<Long> inspectorUserIds = new ArrayList<>();

    @Column(name = "indicator_system_id")
    public Long indicatorSystemId;

    /** The system's version number when the report was scored (the id already pins it; kept for display). */
    @Column(name = "indicator_system_version")
    public Integer indicatorSystemVersion;

    @Column(name = "visit_start")
    public LocalDate visitStart;

    @Column(name = "visit_end")
    public LocalDate visitEnd;

    public String topic;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scores", nullable = false, columnDefinition = "jsonb")
    public List<ScoreEntry> scores = new ArrayList<>();

    @Column(name = "total_score")
    public BigDecimal totalScore;

    public String grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionReportStatus status;

    @Column(name = "return_reason")
    public String returnReason;

    /** The plan item (重点工作) the inspection serves. */
    @Column(name = "plan_item_id")
    public Long planItemId;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Version
    public long version;
}
