package io.dudao.creation;

import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.attachment.AttachmentOwnerAccess;
import io.dudao.attachment.AttachmentService;
import io.dudao.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * Evidence (佐证材料) of a 优质均衡 county's judgements and vetoes: attachment links of owner type
 * {@value #OWNER_TYPE}, owner id = the county return. Whoever can see the programme can download them.
 */
@ApplicationScoped
public class CreationEvidenceAttachments implements AttachmentOwnerAccess {

    public static final String OWNER_TYPE = "CREATION_COUNTY_RETURN";

    @Inject
    AttachmentService attachments;

    @Inject
    CreationCountyReturnRepository countyReturns;

    @Inject
    CreationProgrammeRepository programmes;

    @Transactional(Transactional.TxType.MANDATORY)
    public void link(Caller caller, Collection<Long> attachmentIds, long countyReturnId) {
        attachments.link(caller, attachmentIds, OWNER_TYPE, countyReturnId, null);
    }

    public List<AttachmentResponse> ofCountyReturn(long countyReturnId) {
        return attachments.forOwners(OWNER_TYPE, List.of(countyReturnId)).getOrDefault(countyReturnId, List.of());
    }

    /** The evidence of a programme year (none before its county data is saved). */
    public List<AttachmentResponse> of(long programmeId, int year) {
        return countyReturns.find(programmeId, year).map(c -> ofCountyReturn(c.id)).orElse(List.of());
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    /** No machine-client scope covers creation programmes (client/Scopes answers "none" for them). */
    @Override
    public String readScope() {
        return "none";
    }

    @Override
    public boolean canSee(Caller caller, long countyReturnId) {
        return countyReturns.programmeOf(countyReturnId).flatMap(id -> programmes.findVisible(caller, id)).isPresent();
    }
}
