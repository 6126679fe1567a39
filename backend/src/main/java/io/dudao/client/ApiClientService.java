package io.dudao.client;

import io.dudao.audit.AuditService;
import io.dudao.client.ApiClientDtos.ApiClientResponse;
import io.dudao.client.ApiClientDtos.OAuthToken;
import io.dudao.client.ApiClientDtos.SaveApiClientRequest;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.security.Passwords;
import io.dudao.common.security.Role;
import io.dudao.common.web.Etags;
import io.dudao.org.OrganizationService;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Machine clients: managed by ADMIN (or a city office inside its subtree), signed in with client credentials. */
@ApplicationScoped
public class ApiClientService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final long TOKEN_SECONDS = 900;

    @Inject
    ApiClientRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    public List<ApiClientResponse> list(Caller caller) {
        requireManager(caller);
        return repository.listManageable(caller).stream().map(c -> toResponse(c, null)).toList();
    }

    @Transactional
    public ApiClientResponse create(Caller caller, SaveApiClientRequest request) {
        requireManager(caller);
        String path = orgInScope(caller, request.organizationId());
        ApiClient client = new ApiClient();
        client.clientId = "dd_" + random(12);
        apply(client, request);
        String secret = random(32);
        client.secretHash = Passwords.hash(secret);
        client.createdBy = caller.userId();
        repository.persistAndFlush(client);
        audit.record(caller, "CREATE", "API_CLIENT", client.id, path, "新建接口客户端 " + client.name, snapshot(client));
        return toResponse(client, secret);
    }

    @Transactional
    public ApiClientResponse update(Caller caller, long id, SaveApiClientRequest request, String ifMatch) {
        requireManager(caller);
        ApiClient client = manageable(caller, id);
        Etags.expectedVersion(ifMatch, request.version(), client.version);
        String path = orgInScope(caller, request.organizationId());
        Map<String, Object> before = snapshot(client);
        apply(client, request);
        repository.flush();
        audit.record(caller, "UPDATE", "API_CLIENT", client.id, path, "修改接口客户端 " + client.name,
                AuditService.changes(before, snapshot(client)));
        return toResponse(client, null);
    }

    @Transactional
    public ApiClientResponse rotateSecret(Caller caller, long id) {
        requireManager(caller);
        ApiClient client = manageable(caller, id);
        String secret = random(32);
        client.secretHash = Passwords.hash(secret);
        repository.flush();
        audit.record(caller, "ROTATE_SECRET", "API_CLIENT", client.id, organizations.pathOf(client.organizationId).orElse(null),
                "更换接口客户端密钥 " + client.name, null);
        return toResponse(client, secret);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        requireManager(caller);
        ApiClient client = manageable(caller, id);
        audit.record(caller, "DELETE", "API_CLIENT", client.id, organizations.pathOf(client.organizationId).orElse(null),
                "删除接口客户端 " + client.name, snapshot(client));
        repository.delete(client);
    }

    /**
     * The client-credentials grant. Answers empty for a wrong id or secret (the caller turns that into
     * invalid_client); throws InvalidScope when a requested scope was not granted.
     */
    public Optional<OAuthToken> token(String clientId, String secret, String requestedScope) {
        ApiClient client = clientId == null ? null : repository.findByClientId(clientId).orElse(null);
        boolean ok = Passwords.matches(secret == null ? "" : secret, client == null ? null : client.secretHash);
        if (client == null || !ok || !client.active) {
            return Optional.empty();
        }
        Set<String> granted = client.scopeSet();
        Set<String> scopes = granted;
        if (requestedScope != null && !requestedScope.isBlank()) {
            scopes = new LinkedHashSet<>(List.of(requestedScope.trim().split("\\s+")));
            if (!granted.containsAll(scopes)) {
                throw new InvalidScope();
            }
        }
        String scope = String.join(" ", scopes);
        String token = Jwt.issuer(issuer).audience(audience)
                .subject("client:" + client.clientId)
                .upn(client.clientId)
                .groups(Set.of("CLIENT"))
                .claim("client_id", client.clientId)
                .claim("scope", scope)
                .claim("org", client.organizationId)
                .expiresIn(TOKEN_SECONDS)
                .jws().algorithm(SignatureAlgorithm.RS256).sign();
        return Optional.of(new OAuthToken(token, "Bearer", TOKEN_SECONDS, scope));
    }

    public static final class InvalidScope extends RuntimeException {
        InvalidScope() {
            super("invalid_scope", null, false, false);
        }
    }

    private void apply(ApiClient client, SaveApiClientRequest request) {
        for (String scope : request.scopes()) {
            if (!Scopes.ALL.contains(scope)) {
                throw ApiException.validation("scopes", "未知的权限范围：" + scope + "，可选：" + String.join("、", Scopes.ALL),
                        "unknown scope " + scope + "; allowed: " + String.join(", ", Scopes.ALL));
            }
        }
        client.name = request.name().trim();
        client.organizationId = request.organizationId();
        client.scopes = String.join(" ", new java.util.TreeSet<>(request.scopes()));
        client.active = request.active() == null || request.active();
    }

    private ApiClient manageable(Caller caller, long id) {
        return repository.findManageable(caller, id).orElseThrow(() -> ApiException.notFound("接口客户端", "API client"));
    }

    private String orgInScope(Caller caller, long orgId) {
        return organizations.pathInScope(caller, orgId).orElseThrow(() -> ApiException.validation("organizationId",
                "所选机构不存在或不在您的管辖范围内", "the organisation does not exist or is outside your scope"));
    }

    private static void requireManager(Caller caller) {
        if (!caller.administersSystem() && !caller.has(Role.CITY_OFFICE) && !caller.has(Role.PROVINCE_OFFICE)) {
            throw ApiException.forbidden("只有系统管理员和省、市督导办可以管理接口客户端",
                    "Only administrators and province or city offices manage API clients");
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static ApiClientResponse toResponse(ApiClient c, String secret) {
        return new ApiClientResponse(c.id, c.clientId, c.name, c.organizationId, c.scopeSet(), c.active, c.version,
                c.createdAt, secret);
    }

    private static Map<String, Object> snapshot(ApiClient c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", c.clientId);
        m.put("name", c.name);
        m.put("organizationId", c.organizationId);
        m.put("scopes", c.scopes);
        m.put("active", c.active);
        return m;
    }
}
