package io.dudao.creation;

import io.dudao.common.db.Timestamped;
import io.dudao.creation.CreationDtos.RecognitionStepCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;

/** One recognition step a programme has passed, as the office that recorded it entered it. */
@Entity
@Table(name = "creation_recognition_step")
public class CreationRecognitionStep extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "programme_id", nullable = false)
    public Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecognitionStepCode step;

    @Column(name = "step_order", nullable = false)
    public int stepOrder;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> documents;

    public String note;

    @Column(name = "office_org_id", nullable = false)
    public Long officeOrgId;

    @Column(name = "recorded_by")
    public Long recordedBy;
}
