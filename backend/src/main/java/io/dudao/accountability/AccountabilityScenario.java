package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.ScenarioFamily;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
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


/** One entry of the scenario catalogue (问责情景清单). */
@Entity
@Table(name = "accountability_scenario")
public class AccountabilityScenario extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    /** Null for the built-in catalogue; otherwise the office that added this local scenario. */
    @Column(name = "owner_org_id")
    public Long ownerOrgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScenarioFamily family;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    public SubjectType targetType;

    @Column(nullable = false)
    public String description;

    @Column(name = "suggested_measures")
    public String suggestedMeasures;

    public String source;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;
}
