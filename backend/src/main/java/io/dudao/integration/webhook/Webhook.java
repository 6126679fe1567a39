package io.dudao.integration.webhook;

import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "webhook")
public class Webhook extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String url;

    /** Comma-separated event types, or "*" for all. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    /** Kept to sign deliveries (HMAC), AES-GCM encrypted (SecretBox); never returned by the API. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "owner_org_id", nullable = false)
    public Long ownerOrgId;

    @Column(name = "created_by")
    public Long createdBy;

    @Version
    public long version;

    public List<String> eventTypeList() {
        return Arrays.stream(eventTypes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
