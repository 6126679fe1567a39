package io.dudao.supervision;

import io.dudao.supervision.SupervisionEnums.VisitFrequency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A county's supervision settings, each figure with its source; the row without an organisation holds
 * the national defaults (seeded by the migration) that a county without its own row follows.
 */
@Entity
@Table(name = "supervision_settings")
public class SupervisionSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_id")
    public Long orgId;

    @Column(name = "schools_per_supervisor", nullable = false)
    public int schoolsPerSupervisor;

    @Column(name = "schools_per_supervisor_source", nullable = false)
    public String schoolsPerSupervisorSource;

    @Column(name = "schools_per_zone", nullable = false)
    public int schoolsPerZone;

    @Column(name = "schools_per_zone_source", nullable = false)
    public String schoolsPerZoneSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_frequency", nullable = false)
    public VisitFrequency visitFrequency;

    @Column(name = "visits_per_period", nullable = false)
    public int visitsPerPeriod;

    @Column(name = "visit_frequency_source", nullable = false)
    public String visitFrequencySource;

    @Column(name = "spring_start", nullable = false)
    public String springStart;

    @Column(name = "spring_end", nullable = false)
    public String springEnd;

    @Column(name = "autumn_start", nullable = false)
    public String autumnStart;

    @Column(name = "autumn_end", nullable = false)
    public String autumnEnd;

    /** Comma-separated month numbers, e.g. "1,2,7,8". */
    @Column(name = "holiday_months", nullable = false)
    public String holidayMonths;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
