package io.dudao.accountability;

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

/** Files attached to a subject's statement (陈述申辩); owner id = the case. Whoever sees the case sees them. */
@ApplicationScoped
public class StatementAttachments implements AttachmentOwnerAccess {

    public static final String OWNER_TYPE = "ACCOUNTABILITY_STATEMENT";

    @Inject
    CaseRepository cases;

    @Inject
    AttachmentService attachments;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttachmentResponse> link(Caller caller, Collection<Long> attachmentIds, long caseId) {
        return attachments.link(caller, attachmentIds, OWNER_TYPE, caseId, null);
    }

    public Map<Long, List<AttachmentResponse>> forCases(Collection<Long> caseIds) {
        return attachments.forOwners(OWNER_TYPE, caseIds);
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public String readScope() {
        return "cases:read";
    }

    @Override
    public boolean canSee(Caller caller, long caseId) {
        return cases.findVisible(caller, caseId).isPresent();
    }
}
