package io.dudao.integration.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "Webhook", description = "A subscription; its secret is never returned")
    public record WebhookResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String url,
            @Schema(required = true, description = "Event types such as task.accepted, or * for all") List<String> eventTypes,
            @Schema(required = true) boolean active,
            @Schema(required = true, description = "Events about this organisation's subtree are sent") long ownerOrgId,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt) {
    }

    @Schema(name = "SaveWebhookRequest")
    public record SaveWebhookRequest(
            @NotBlank @Size(max = 1000) @Schema(required = true, description = "http(s); private, loopback and link-local addresses are refused unless allow-listed") String url,
            @NotEmpty @Size(max = 50)
            @Schema(required = true, description = "Up to 50 types such as task.accepted, or * for all; together at most 1000 characters")
            List<@NotBlank @Size(max = 100) @Pattern(regexp = "\\*|[a-z][a-z_]*\\.[a-z][a-z_]*", message = "须为 * 或 资源.动作（如 task.accepted）") String> eventTypes,
            @NotBlank @Size(min = 16, max = 200) @Schema(required = true, description = "Shared secret for X-Dudao-Signature (HMAC-SHA256)") String secret,
            Boolean active,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }

    @Schema(name = "WebhookDelivery", description = "One event sent (or being sent) to a webhook, with its attempts")
    public record DeliveryResponse(
            @Schema(required = true, description = "Stable across retries: the X-Dudao-Delivery header") String id,
            @Schema(required = true) String eventType,
            @Schema(required = true, description = "PENDING, DELIVERED or FAILED (gave up after 24 hours)") String status,
            @Schema(required = true) int attempts,
            Integer lastStatus,
            String lastError,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime nextAttemptAt,
            OffsetDateTime deliveredAt) {
    }
}
