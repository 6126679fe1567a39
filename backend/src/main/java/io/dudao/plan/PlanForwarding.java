package io.dudao.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Table(name = "plan_forwarding")
public class PlanForwarding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    @Column(name = "forwarding_org_id", nullable = false)
    public Long forwardingOrgId;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    public String instructions;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
