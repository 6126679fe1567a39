package io.dudao.monitoring;

import io.dudao.common.db.Timestamped;
import io.dudao.monitoring.MonitoringEnums.CycleStatus;
import io.dudao.monitoring.MonitoringEnums.Subject;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 质量监测周期: one year's monitoring, run by a city or province office over a sample of its counties and schools. */
@Entity
@Table(name = "monitoring_cycle")
public class MonitoringCycle extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_org_id", nullable = false)
    public Long ownerOrgId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Subject> subjects = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Integer> grades = new ArrayList<>();

    @Column(name = "test_date")
    public LocalDate testDate;

    @Column(name = "feedback_date")
    public LocalDate feedbackDate;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "fall_alert_points", nullable = false)
    public BigDecimal fallAlertPoints;

    @Column(name = "plan_item_id")
    public Long planItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CycleStatus status;

    @Version
    public long version;

    @Column(name = "created_by")
    public Long createdBy;
}
