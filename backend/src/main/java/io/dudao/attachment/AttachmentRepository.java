package io.dudao.attachment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {

    List<AttachmentLink> linksOf(long attachmentId) {
        return getEntityManager().createQuery("from AttachmentLink l where l.attachmentId = :id", AttachmentLink.class)
                .setParameter("id", attachmentId).getResultList();
    }

    List<Object[]> withOwners(String ownerType, Collection<Long> ownerIds) {
        return getEntityManager().createQuery("""
                        select l.ownerId, a from AttachmentLink l, Attachment a
                        where a.id = l.attachmentId and l.ownerType = :type and l.ownerId in :ids
                        order by a.id""", Object[].class)
                .setParameter("type", ownerType).setParameter("ids", ownerIds).getResultList();
    }
}
