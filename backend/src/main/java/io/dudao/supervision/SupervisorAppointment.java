package io.dudao.supervision;

import io.dudao.common.db.Timestamped;
import io.dudao.supervision.SupervisionEnums.AppointmentStatus;
import io.dudao.supervision.SupervisionEnums.Employment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** 督学聘任: a user appointed responsibility supervisor of a zone for a term. */
@Entity
@Table(name = "supervisor_appointment")
public class SupervisorAppointment extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "zone_id", nullable = false)
    public Long zoneId;

    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    public LocalDate termEnd;

    @Column(name = "certificate_no")
    public String certificateNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Employment employment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentStatus status;

    public String phone;

    @Column(name = "created_by")
    public Long createdBy;

    @Version
    public long version;
}
