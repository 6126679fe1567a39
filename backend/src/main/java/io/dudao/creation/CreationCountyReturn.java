package io.dudao.creation;

import io.dudao.common.db.Timestamped;
import io.dudao.creation.engine.CountyReturn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A 优质均衡 programme's county data for one year (figures, monitoring, judgements, vetoes). */
@Entity
@Table(name = "creation_county_return")
public class CreationCountyReturn extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "programme_id", nullable = false)
    public Long programmeId;

    @Column(nullable = false)
    public int year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public CountyReturn data;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Version
    public long version;
}
