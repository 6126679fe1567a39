package io.dudao.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public long size;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "storage_key", nullable = false)
    public String storageKey;

    @Column(name = "uploaded_by", nullable = false)
    public Long uploadedBy;

    @Column(name = "uploader_org_id", nullable = false)
    public Long uploaderOrgId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
