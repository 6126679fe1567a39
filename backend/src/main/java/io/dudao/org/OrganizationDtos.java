package io.dudao.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** API types of the organisation feature. */
public final class OrganizationDtos {

    private OrganizationDtos() {
    }

    @Schema(name = "Organization")
    public record OrganizationResponse(
            @Schema(required = true) long id,
            @Schema(required = true, description = "Unique code, e.g. the GB/T 2260 division code 610526") String code,
            @Schema(required = true) String name,
            @Schema(required = true) OrgType type,
            Long parentId,
            @Schema(description = "Name of its supervision office, e.g. 蒲城县人民政府教育督导委员会办公室") String officeName,
            @Schema(description = "For schools: the stage") SchoolStage stage,
            @Schema(description = "The 文号 abbreviation of its accountability case numbers, e.g. 渭教督问 (unique; seeded for"
                    + " Shaanxi and Weinan's divisions); absent: derived from the name") String documentPrefix,
            @Schema(required = true) long version) {

        static OrganizationResponse of(Organization o) {
            return new OrganizationResponse(o.id, o.code, o.name, o.type, o.parentId, o.officeName, o.stage, o.documentPrefix,
                    o.version);
        }
    }

    @Schema(name = "OrganizationNode", description = "An organisation with its children, for tree views")
    public record OrganizationNode(
            @Schema(required = true) long id,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) OrgType type,
            Long parentId,
            String officeName,
            SchoolStage stage,
            @Schema(required = true) List<OrganizationNode> children) {
    }

    @Schema(name = "OrganizationSummary", description = "Who an organisation is, in one line")
    public record OrganizationSummary(
            @Schema(required = true) long id,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) OrgType type) {

        public static OrganizationSummary of(Organization o) {
            return new OrganizationSummary(o.id, o.code, o.name, o.type);
        }
    }

    @Schema(name = "SaveOrganizationRequest")
    public record SaveOrganizationRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "只能包含字母、数字、下划线和连字符")
            @Schema(required = true) String code,
            @NotBlank @Size(max = 200) @Schema(required = true) String name,
            @NotNull @Schema(required = true) OrgType type,
            @Schema(description = "Required for every type but PROVINCE") Long parentId,
            @Size(max = 200) String officeName,
            SchoolStage stage,
            @Size(max = 40) @Schema(description = "The 文号 abbreviation of its case numbers, e.g. 华州教督问; unique."
                    + " Omitted on create: the seeded one for its code, if any") String documentPrefix,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }
}
