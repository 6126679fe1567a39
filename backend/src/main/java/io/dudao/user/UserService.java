package io.dudao.user;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.security.Passwords;
import io.dudao.common.security.Role;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.user.UserDtos.ChangePasswordRequest;
import io.dudao.user.UserDtos.CreateUserRequest;
import io.dudao.user.UserDtos.MeResponse;
import io.dudao.user.UserDtos.UpdateUserRequest;
import io.dudao.user.UserDtos.UserResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ADMIN manages every user; office roles manage users inside their own subtree and never grant or
 * touch ADMIN. Everyone else may only read themselves (/me).
 */
@ApplicationScoped
public class UserService {

    static final Map<String, String> SORTABLE = Map.of("username", "username", "displayName", "displayName",
            "createdAt", "createdAt", "id", "id");

    @Inject
    UserRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    public PageResponse<UserResponse> list(Caller caller, Long organizationId, Role role, String q, PageQuery page) {
        requireManager(caller);
        var query = repository.search(caller, organizationId, role, q, page);
        List<AppUser> users = query.list();
        Map<Long, OrganizationSummary> orgs = organizations.summaries(users.stream().map(u -> u.organizationId).toList());
        return new PageResponse<>(users.stream().map(u -> toResponse(u, orgs.get(u.organizationId))).toList(),
                page.page(), page.size(), query.count());
    }

    public UserResponse get(Caller caller, long id) {
        requireManager(caller);
        return toResponse(manageable(caller, id));
    }

    @Transactional
    public UserResponse create(Caller caller, CreateUserRequest request) {
        requireManager(caller);
        checkGrant(caller, request.roles());
        String orgPath = organizationInScope(caller, request.organizationId());
        checkPasswordPolicy(request.username(), request.password(), "password");
        if (repository.findByUsername(request.username()).isPresent()) {
            throw new ApiException(409, "USERNAME_TAKEN", "用户名已被使用", "That username is already taken",
                    List.of(new FieldError("username", "用户名已被使用")), Map.of());
        }
        AppUser user = new AppUser();
        user.username = request.username().trim();
        user.displayName = request.displayName().trim();
        user.passwordHash = Passwords.hash(request.password());
        user.organizationId = request.organizationId();
        user.assignRoles(request.roles());
        user.active = request.active() == null || request.active();
        repository.persistAndFlush(user);
        audit.record(caller, "CREATE", "USER", user.id, orgPath, "新建用户 " + user.username, snapshot(user));
        return toResponse(user);
    }

    @Transactional
    public UserResponse update(Caller caller, long id, UpdateUserRequest request, String ifMatch) {
        requireManager(caller);
        AppUser user = manageable(caller, id);
        Etags.expectedVersion(ifMatch, request.version(), user.version);
        checkGrant(caller, request.roles());
        String orgPath = organizationInScope(caller, request.organizationId());
        if (user.id == caller.userId() && !request.active()) {
            throw ApiException.validation("active", "不能停用自己的账号", "you cannot deactivate your own account");
        }
        Map<String, Object> before = snapshot(user);
        user.displayName = request.displayName().trim();
        user.assignRoles(request.roles());
        user.organizationId = request.organizationId();
        user.active = request.active();
        repository.flush();
        audit.record(caller, "UPDATE", "USER", user.id, orgPath, "修改用户 " + user.username,
                AuditService.changes(before, snapshot(user)));
        return toResponse(user);
    }

    @Transactional
    public void resetPassword(Caller caller, long id, String newPassword) {
        requireManager(caller);
        AppUser user = manageable(caller, id);
        checkPasswordPolicy(user.username, newPassword, "newPassword");
        user.passwordHash = Passwords.hash(newPassword);
        audit.record(caller, "PASSWORD_RESET", "USER", user.id, organizations.pathOf(user.organizationId).orElse(null),
                "重置用户 " + user.username + " 的密码", null);
    }

    /** The signed-in account as the caller cache already knows it: no query. */
    public static MeResponse me(Caller caller, CurrentCaller.Profile profile) {
        return new MeResponse(caller.userId(), caller.username(), profile.displayName(), caller.roles(),
                new OrganizationSummary(caller.orgId(), profile.orgCode(), profile.orgName(), OrgType.valueOf(profile.orgType())));
    }

    @Transactional
    public void changeOwnPassword(Caller caller, ChangePasswordRequest request) {
        AppUser user = repository.findByIdOptional(caller.userId()).orElseThrow();
        if (!Passwords.matches(request.currentPassword(), user.passwordHash)) {
            throw ApiException.validation("currentPassword", "当前密码不正确", "the current password is wrong");
        }
        checkPasswordPolicy(user.username, request.newPassword(), "newPassword");
        user.passwordHash = Passwords.hash(request.newPassword());
        audit.record(caller, "PASSWORD_CHANGE", "USER", user.id, caller.orgPath(), "修改了自己的密码", null);
    }

    /** For the auth feature: the account behind a username, active or not. */
    public Optional<AppUser> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    public Optional<AppUser> findById(long id) {
        return repository.findByIdOptional(id);
    }

    public static void checkPasswordPolicy(String username, String password, String field) {
        if (password == null || password.length() < 8) {
            throw ApiException.validation(field, "密码至少 8 个字符", "the password needs at least 8 characters");
        }
        if (password.equalsIgnoreCase(username)) {
            throw ApiException.validation(field, "密码不能与用户名相同", "the password must differ from the username");
        }
    }

    private AppUser manageable(Caller caller, long id) {
        AppUser user = repository.findManageable(caller, id).orElseThrow(() -> ApiException.notFound("用户", "User"));
        if (!caller.isAdmin() && user.roleSet().contains(Role.ADMIN)) {
            throw ApiException.forbidden("只有系统管理员可以管理管理员账号", "Only administrators may manage administrator accounts");
        }
        return user;
    }

    private String organizationInScope(Caller caller, long organizationId) {
        return organizations.pathInScope(caller, organizationId).orElseThrow(() -> ApiException.validation("organizationId",
                "所选机构不存在或不在您的管辖范围内", "the organisation does not exist or is outside your scope"));
    }

    private static void checkGrant(Caller caller, Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && !caller.isAdmin()) {
            throw new ApiException(403, "FORBIDDEN", "只有系统管理员可以授予管理员角色",
                    "Only administrators may grant the ADMIN role", List.of(new FieldError("roles", "不能授予管理员角色")),
                    Map.of());
        }
    }

    private static void requireManager(Caller caller) {
        if (!caller.isAdmin() && !caller.isOffice()) {
            throw ApiException.forbidden("只有管理员和督导办可以管理用户", "Only administrators and offices manage users");
        }
    }

    private UserResponse toResponse(AppUser user) {
        return toResponse(user, organizations.summaries(List.of(user.organizationId)).get(user.organizationId));
    }

    private static UserResponse toResponse(AppUser u, OrganizationSummary org) {
        return new UserResponse(u.id, u.username, u.displayName, u.roleSet(), u.organizationId,
                org == null ? null : org.name(), u.active, u.version, u.createdAt);
    }

    private static Map<String, Object> snapshot(AppUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username);
        m.put("displayName", u.displayName);
        m.put("roles", u.roles);
        m.put("organizationId", u.organizationId);
        m.put("active", u.active);
        return m;
    }
}
