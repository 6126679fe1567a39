package io.dudao.client;

import io.dudao.common.security.CallerChanges;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@EntityListeners(CallerChanges.class)
@Table(name = "api_client")
public class ApiClient extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    /** Space-separated, as OAuth2 writes them. */
    @Column(nullable = false)
    public String scopes;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_by")
    public Long createdBy;

    @Version
    public long version;

    public Set<String> scopeSet() {
        return new LinkedHashSet<>(Arrays.stream(scopes.split(" ")).filter(s -> !s.isBlank()).toList());
    }
}
