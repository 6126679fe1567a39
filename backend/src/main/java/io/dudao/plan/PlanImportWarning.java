package io.dudao.plan;

import io.dudao.plan.importing.ImportWarningField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A warning the importer raised on a plan; it stays until an editor dismisses it. */
@Entity
@Table(name = "plan_import_warning")
public class PlanImportWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    /** Order of the warnings as the importer gave them (by source line). */
    @Column(nullable = false)
    public int seq;

    /** 1-based line of the imported text. */
    @Column(nullable = false)
    public int line;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportWarningField field;

    @Column(nullable = false)
    public String message;

    /** The imported line the warning points at, so it can be shown once the source text is gone. */
    @Column(name = "source_text")
    public String sourceText;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "dismissed_at")
    public OffsetDateTime dismissedAt;

    @Column(name = "dismissed_by")
    public String dismissedBy;
}
