package io.dudao.creation;

import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 达标校: how many schools of a 优质均衡 county the city expects to reach the school standard in a year. */
@Entity
@Table(name = "creation_school_target")
public class CreationSchoolTarget extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "programme_id", nullable = false)
    public Long programmeId;

    @Column(nullable = false)
    public int year;

    @Column(name = "target_schools", nullable = false)
    public int targetSchools;

    public String note;

    @Column(name = "office_org_id", nullable = false)
    public Long officeOrgId;

    @Column(name = "set_by")
    public Long setBy;

    @Version
    public long version;
}
