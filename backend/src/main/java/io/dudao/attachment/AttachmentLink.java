package io.dudao.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Ties an attachment to the object it documents; the task decides who may download it. */
@Entity
@Table(name = "attachment_link")
@IdClass(AttachmentLink.Key.class)
public class AttachmentLink {

    @Id
    @Column(name = "attachment_id")
    public Long attachmentId;

    @Id
    @Column(name = "owner_type")
    public String ownerType;

    @Id
    @Column(name = "owner_id")
    public Long ownerId;

    @Column(name = "task_id")
    public Long taskId;

    public static class Key implements Serializable {
        public Long attachmentId;
        public String ownerType;
        public Long ownerId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(attachmentId, k.attachmentId)
                    && Objects.equals(ownerType, k.ownerType) && Objects.equals(ownerId, k.ownerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attachmentId, ownerType, ownerId);
        }
    }
}
