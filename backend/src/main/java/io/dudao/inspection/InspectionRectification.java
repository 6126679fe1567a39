package io.dudao.inspection;

import io.dudao.inspection.InspectionEnums.FindingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One rectification (整改) submitted for a finding, and how the inspecting side judged it. */
@Entity
@Table(name = "inspection_rectification")
public class InspectionRectification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "finding_id", nullable = false)
    public Long findingId;

    @Column(nullable = false)
    public String measures;

    public String result;

    @Column(name = "submitted_by")
    public Long submittedBy;

    @Column(name = "submitter_name")
    public String submitterName;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    /** VERIFIED or REOPENED once reviewed. */
    @Enumerated(EnumType.STRING)
    public FindingStatus outcome;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "reviewed_by")
    public Long reviewedBy;

    @Column(name = "reviewer_name")
    public String reviewerName;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
}
