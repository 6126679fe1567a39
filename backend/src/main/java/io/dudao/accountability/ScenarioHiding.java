package io.dudao.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A built-in (or higher-level) scenario hidden for an organisation and everything below it. */
@Entity
@Table(name = "accountability_scenario_hidden")
public class ScenarioHiding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "scenario_id", nullable = false)
    public Long scenarioId;

    @Column(name = "org_id", nullable = false)
    public Long orgId;

    @Column(name = "hidden_by")
    public Long hiddenBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
