package io.dudao.inspection;

import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.attachment.AttachmentOwnerAccess;
import io.dudao.attachment.AttachmentService;
import io.dudao.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Evidence (佐证材料) of rectifications: attachment links of owner type {@value #OWNER_TYPE} (owner
 * id = the rectification's id). Whoever can see the rectification can download its evidence.
 */
@ApplicationScoped
public class EvidenceAttachments implements AttachmentOwnerAccess {

    public static final String OWNER_TYPE = "INSPECTION_RECTIFICATION";

    @Inject
    FindingService findings;

    @Inject
    AttachmentService attachments;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttachmentResponse> link(Caller caller, Collection<Long> attachmentIds, long rectificationId) {
        return attachments.link(caller, attachmentIds, OWNER_TYPE, rectificationId, null);
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public String readScope() {
        return "findings:read";
    }

    @Override
    public boolean canSee(Caller caller, long rectificationId) {
        return findings.canSeeRectification(caller, rectificationId);
    }

    public Map<Long, List<AttachmentResponse>> forRectifications(Collection<Long> rectificationIds) {
        return attachments.forOwners(OWNER_TYPE, rectificationIds);
    }
}
