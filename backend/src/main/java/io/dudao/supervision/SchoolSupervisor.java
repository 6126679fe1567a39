package io.dudao.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** 挂牌: one supervisor (through their appointment) of one school; one of a school's supervisors leads. */
@Entity
@Table(name = "school_supervisor")
public class SchoolSupervisor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "school_id", nullable = false)
    public Long schoolId;

    @Column(name = "appointment_id", nullable = false)
    public Long appointmentId;

    @Column(nullable = false)
    public boolean lead;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
