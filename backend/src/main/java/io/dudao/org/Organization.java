package io.dudao.org;

import io.dudao.common.security.CallerChanges;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;


@Entity
@EntityListeners(CallerChanges.class)
@Table(name = "organization")
public class Organization extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrgType type;

    @Column(name = "parent_id")
    public Long parentId;

    /** "/1/5/23/": the ids from the root down to this organisation. */
    @Column(nullable = false)
    public String path;

    @Column(name = "office_name")
    public String officeName;

    @Enumerated(EnumType.STRING)
    public SchoolStage stage;

    /** The 文号 abbreviation of its case numbers (渭教督问); null: derived from the name. */
    @Column(name = "document_prefix")
    public String documentPrefix;

    @Version
    public long version;
}
