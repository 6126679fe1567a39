package io.dudao.creation;

import io.dudao.creation.CreationDtos.ProgrammeStatus;
import io.dudao.creation.engine.CreationEnums.CreationKind;
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

import java.util.ArrayList;
import java.util.List;

/** One county's creation programme of one kind, with its yearly stages (分解年度创建任务). */
@Entity
@Table(name = "creation_programme")
public class CreationProgramme extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CreationKind kind;

    @Column(name = "county_org_id", nullable = false)
    public Long countyOrgId;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<StoredStage> stages = new ArrayList<>();

    @Column(name = "standard_set_id", nullable = false)
    public Long standardSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeStatus status;

    @Column(name = "created_by")
    public Long createdBy;

    /** The plan item (重点工作) the programme serves. */
    @Column(name = "plan_item_id")
    public Long planItemId;

    @Version
    public long version;

    /** A stage as stored in the jsonb document (dates as ISO text). */
    public record StoredStage(int year, String goal, String dueDate) {
    }
}
