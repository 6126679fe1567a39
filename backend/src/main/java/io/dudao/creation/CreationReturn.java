package io.dudao.creation;

import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.SchoolRow;
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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A programme's school returns for one year, with the summary of the assessment made on saving. */
@Entity
@Table(name = "creation_return")
public class CreationReturn extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "programme_id", nullable = false)
    public Long programmeId;

    @Column(nullable = false)
    public int year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<SchoolRow> rows = new ArrayList<>();

    @Column(name = "child_population_3to5")
    public Integer childPopulation3to5;

    @Enumerated(EnumType.STRING)
    public CreationVerdict verdict;

    @Column(name = "assessed_schools")
    public Integer assessedSchools;

    @Column(name = "passing_schools")
    public Integer passingSchools;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "worst_indicator", columnDefinition = "jsonb")
    public CreationDtos.WorstIndicator worstIndicator;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "part_verdicts", columnDefinition = "jsonb")
    public List<CreationDtos.PartVerdict> partVerdicts;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Version
    public long version;
}
