package io.dudao.inspection;

import io.dudao.inspection.InspectionEnums.FindingSeverity;
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

/** A finding (问题) of a report: an entry of the problem ledger (问题台账). */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

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
