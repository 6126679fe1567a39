package io.dudao.plan;

import jakarta.persistence.CascadeType;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "plan")
public class Plan extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int year;

    @Column(name = "issuing_org_id", nullable = false)
    public Long issuingOrgId;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String recipients;

    public String preamble;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** The cover notice this plan arrived in (转发): number, issuer, date, instructions. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "forwarded_from", columnDefinition = "jsonb")
    public Map<String, Object> forwardedFrom;

    @Column(name = "created_by")
    public Long createdBy;

    /** Top-level items; sub-items hang below them. */
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @SQLRestriction("parent_id is null")
    @OrderBy("seq")
    public List<PlanItem> items = new ArrayList<>();

    @Version
    public long version;
}
