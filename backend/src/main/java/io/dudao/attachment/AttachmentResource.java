package io.dudao.attachment;

import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.ContentDisposition;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;


@Path("/api/v1/attachments")
@Tag(name = "Attachments", description = "附件：佐证材料、会议记录")
@Authenticated
public class AttachmentResource {

    @Inject
    AttachmentService service;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadAttachment", summary = "上传附件 / Upload a file (≤ 20 MB; pdf, doc(x), xls(x), ppt(x), jpg, png, txt)")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentResponse.class)))
    public Response uploadAttachment(@RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file,
                                     @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.validation("file", "请选择要上传的文件（表单字段 file）", "send the file as multipart field `file`");
        }
        AttachmentResponse stored = service.upload(caller.get(), file.fileName(), file.uploadedFile(), file.size());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build()).entity(stored).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadAttachment", summary = "下载附件 / Download a file attached to something you can see")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response downloadAttachment(@PathParam("id") long id) {
        AttachmentService.Download download = service.download(caller.get(), id);
        AttachmentResponse a = download.attachment();
        return Response.ok(download.content(), a.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(a.fileName()))
                .header("Content-Length", a.size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
