package io.dudao.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One entry of a case's timeline. Internal entries (investigation, edits) never reach the subject. */
@Entity
@Table(name = "accountability_case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(nullable = false)
    public String step;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "by_user_id")
    public Long byUserId;

    @Column(name = "by_name", nullable = false)
    public String byName;

    @Column(name = "by_org_id")
    public Long byOrgId;

    public String note;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(nullable = false)
    public boolean internal;
}
