package io.dudao.creation;

import io.dudao.common.db.Timestamped;
import io.dudao.creation.CreationDtos.ChecklistResult;
import io.dudao.creation.CreationDtos.KindergartenStatus;
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

import java.util.List;

/** 千园达标: one kindergarten of the city's register. */
@Entity
@Table(name = "creation_kindergarten_entry")
public class CreationKindergartenEntry extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "county_org_id", nullable = false)
    public Long countyOrgId;

    @Column(name = "kindergarten_org_id", nullable = false)
    public Long kindergartenOrgId;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "checklist_result", nullable = false)
    public ChecklistResult checklistResult;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KindergartenStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> evidence;

    public String note;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Version
    public long version;
}
