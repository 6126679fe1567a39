package io.dudao.attachment;

import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.audit.AuditService;
import io.dudao.common.db.SqlText;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.task.TaskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AttachmentService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    AttachmentRepository repository;

    @Inject
    FileStorage storage;

    @Inject
    TaskService tasks;

    @Inject
    AuditService audit;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    jakarta.enterprise.inject.Instance<AttachmentOwnerAccess> ownerAccess;

    @Transactional
    public AttachmentResponse upload(Caller caller, String fileName, Path upload, long size) {
        if (size > MAX_BYTES) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "附件不能超过 20 MB", "Attachments are limited to 20 MB");
        }
        if (size == 0) {
            throw ApiException.validation("file", "文件是空的", "the file is empty");
        }
        String name = cleanName(fileName);
        String contentType;
        String sha256;
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(upload)) {
                head = in.readNBytes(4096);
            }
            contentType = FileTypes.detect(name, head).orElseThrow(() -> new ApiException(415, "UNSUPPORTED_FILE_TYPE",
                    "只接受 pdf、doc、docx、xls、xlsx、ppt、pptx、jpg、png、txt 文件，且内容须与扩展名一致",
                    "Only pdf, doc(x), xls(x), ppt(x), jpg, png and txt files whose content matches their name",
                    List.of(new FieldError("file", "文件类型不受支持")), Map.of()));
            sha256 = sha256(upload);
            String key = storage.store(upload, sha256);
            Attachment a = new Attachment();
            a.fileName = name;
            a.contentType = contentType;
            a.size = size;
            a.sha256 = sha256;
            a.storageKey = key;
            a.uploadedBy = caller.userId();
            a.uploaderOrgId = caller.orgId();
            a.createdAt = clock.now();
            repository.persist(a);
            audit.record(caller, "CREATE", "ATTACHMENT", a.id, caller.orgPath(), "上传附件 " + name,
                    Map.of("fileName", name, "size", size, "sha256", sha256));
            return AttachmentResponse.of(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files linked to a task (progress, acknowledgement): machine clients need this scope. */
    static final String TASK_READ_SCOPE = "tasks:read";

    /**
     * The attachment and a stream of its bytes, if the caller uploaded it or can see what it is
     * attached to, and (a machine client) holds the scope of that owner's kind.
     */
    public Download download(Caller caller, long id) {
        Attachment a = repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("附件", "Attachment"));
        boolean visible = a.uploadedBy == caller.userId()
                || repository.linksOf(id).stream().anyMatch(link -> canSee(caller, link));
        if (!visible) {
            throw ApiException.notFound("附件", "Attachment");
        }
        try {
            return new Download(AttachmentResponse.of(a), storage.open(a.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean canSee(Caller caller, AttachmentLink link) {
        if (link.taskId != null) {
            return caller.hasScope(TASK_READ_SCOPE) && tasks.canSee(caller, link.taskId);
        }
        for (AttachmentOwnerAccess access : ownerAccess) {
            if (access.ownerType().equals(link.ownerType)) {
                return caller.hasScope(access.readScope()) && access.canSee(caller, link.ownerId);
            }
        }
        return false;
    }

    /**
     * Links the caller's own uploads to the object they document: a task's progress entry or
     * acknowledgement (taskId set), or another feature's object whose {@link AttachmentOwnerAccess}
     * decides who may download them (taskId null).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttachmentResponse> link(Caller caller, Collection<Long> attachmentIds, String ownerType, long ownerId,
                                         Long taskId) {
        if (attachmentIds == null || attachmentIds.isEmpty()) {
            return List.of();
        }
        List<Attachment> found = repository.list("id in ?1 and uploadedBy = ?2", List.copyOf(attachmentIds), caller.userId());
        if (found.size() != new java.util.HashSet<>(attachmentIds).size()) {
            throw ApiException.validation("attachmentIds", "附件不存在或不是您上传的", "unknown attachment, or not uploaded by you");
        }
        for (Attachment a : found) {
            AttachmentLink link = new AttachmentLink();
            link.attachmentId = a.id;
            link.ownerType = ownerType;
            link.ownerId = ownerId;
            link.taskId = taskId;
            repository.getEntityManager().persist(link);
        }
        return found.stream().map(AttachmentResponse::of).toList();
    }

    /** Attachments of many owners of one type, in one query. */
    /**
     * For other features' read queries: a scalar SQL subquery, the JSON array of the attachments linked
     * to the row whose id is {@code ownerIdColumn} (as {@link AttachmentResponse}s, in id order), or null.
     */
    public static SqlText jsonOfOwner(String ownerType, String ownerIdColumn) {
        return SqlText.of("""
                (select json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'size', a.size, 'sha256', a.sha256,
                                                   'contentType', a.content_type, 'createdAt', a.created_at) order by a.id)
                 from attachment_link l join attachment a on a.id = l.attachment_id
                 where l.owner_type = ? and l.owner_id =\s""" + ownerIdColumn + ")", ownerType);
    }

    public Map<Long, List<AttachmentResponse>> forOwners(String ownerType, Collection<Long> ownerIds) {
        Map<Long, List<AttachmentResponse>> out = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return out;
        }
        for (Object[] row : repository.withOwners(ownerType, ownerIds)) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(AttachmentResponse.of((Attachment) row[1]));
        }
        return out;
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            throw ApiException.validation("file", "缺少文件名", "the file needs a name");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Download(AttachmentResponse attachment, InputStream content) {
    }
}
