package io.dudao.inspection;

import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A finding (问题) from a report or any other source: an entry of the problem ledger (问题台账). */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Set for findings of an inspection report (source REPORT), null for the other sources. */
    @Column(name = "report_id")
    public Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false)
    public FindingSource sourceType;

    /** The source object's id in its feature (the report, the visit, the complaint ...), when it has one. */
    @Column(name = "source_id")
    public Long sourceId;

    /** How the source names itself in lists (the report's title, "2022年质量监测反馈" ...). */
    @Column(name = "source_title")
    public String sourceTitle;

    /** The organisation that raised the finding and verifies it (a report's inspecting organisation). */
    @Column(name = "issuing_org_id", nullable = false)
    public Long issuingOrgId;

    @Column(name = "plan_item_id")
    public Long planItemId;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingSeverity severity;

    /** 0 = MAJOR, 1 = GENERAL, 2 = MINOR: what sorting by severity uses. */
    @Column(name = "severity_rank", nullable = false)
    public int severityRank;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String requirement;

    @Column(name = "owner_org_id", nullable = false)
    public Long ownerOrgId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    @Column(name = "last_reopen_reason")
    public String lastReopenReason;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Column(name = "verified_by")
    public Long verifiedBy;

    @Column(name = "created_by")
    public Long createdBy;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void rank() {
        severityRank = severity.ordinal();
    }
}
