package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.AppealOutcome;
import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.IndividualMeasure;
import io.dudao.accountability.AccountabilityEnums.Publication;
import io.dudao.accountability.AccountabilityEnums.ReviewOutcome;
import io.dudao.accountability.AccountabilityEnums.SevereReason;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.accountability.AccountabilityEnums.UnitMeasure;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An accountability case (问责案件): who is held to account, for what, and how far the procedure got. */
@Entity
@Table(name = "accountability_case")
public class AccountabilityCase extends Timestamped {

    /** One ground for heavier handling; automatic ones are found by the server. */
    public record SevereGround(SevereReason code, boolean automatic, String note) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    /** The 文号 abbreviation the number was issued under: numbers are unique per prefix and year. */
    @Column(name = "case_prefix", nullable = false)
    public String casePrefix;

    @Column(name = "case_year", nullable = false)
    public int caseYear;

    @Column(name = "case_serial", nullable = false)
    public int caseSerial;

    @Column(name = "handling_org_id", nullable = false)
    public Long handlingOrgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_org_id")
    public Long subjectOrgId;

    @Column(name = "subject_person_name")
    public String subjectPersonName;

    @Column(name = "subject_person_position")
    public String subjectPersonPosition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scenario_codes", nullable = false, columnDefinition = "jsonb")
    public List<String> scenarioCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseSource source;

    @Column(name = "source_id")
    public Long sourceId;

    /** The plan item (重点工作) the case serves. */
    @Column(name = "plan_item_id")
    public Long planItemId;

    /** When the supervision the case comes from ended: the investigation clock starts here. */
    @Column(name = "source_ended_on")
    public LocalDate sourceEndedOn;

    @Column(nullable = false)
    public String facts;

    @Column(name = "internal_notes")
    public String internalNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(nullable = false)
    public boolean severe;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "severe_reasons", nullable = false, columnDefinition = "jsonb")
    public List<SevereGround> severeReasons = new ArrayList<>();

    @Column(name = "statement_due_on")
    public LocalDate statementDueOn;

    @Column(name = "statement_text")
    public String statementText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_measures", nullable = false, columnDefinition = "jsonb")
    public List<UnitMeasure> unitMeasures = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "individual_measures", nullable = false, columnDefinition = "jsonb")
    public List<IndividualMeasure> individualMeasures = new ArrayList<>();

    @Column(name = "decision_text")
    public String decisionText;

    public String basis;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Publication publication = Publication.NONE;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "investigated_on")
    public LocalDate investigatedOn;

    @Column(name = "notified_on")
    public LocalDate notifiedOn;

    @Column(name = "statement_on")
    public LocalDate statementOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "executed_on")
    public LocalDate executedOn;

    @Column(name = "review_requested_on")
    public LocalDate reviewRequestedOn;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "review_answered_on")
    public LocalDate reviewAnsweredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    public ReviewOutcome reviewOutcome;

    @Column(name = "appeal_filed_on")
    public LocalDate appealFiledOn;

    @Column(name = "appeal_reason")
    public String appealReason;

    @Column(name = "appeal_answered_on")
    public LocalDate appealAnsweredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    public AppealOutcome appealOutcome;

    @Column(name = "corrected_on")
    public LocalDate correctedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "dismiss_reason")
    public String dismissReason;

    @Column(name = "created_by")
    public Long createdBy;

    @Version
    public long version;
}
