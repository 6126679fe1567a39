package io.dudao.attachment;

import io.dudao.common.security.Caller;

/**
 * Implemented by a feature whose objects carry attachments outside a task (e.g. a finding's
 * rectification evidence): it says whether a caller may see the owning object, and so its files.
 */
public interface AttachmentOwnerAccess {

    String ownerType();

    /** The scope a machine client needs to download these files (cases:read, findings:read, ...). */
    String readScope();

    boolean canSee(Caller caller, long ownerId);
}
