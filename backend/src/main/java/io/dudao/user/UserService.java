package io.dudao.user;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.security.Passwords;
import io.dudao.common.security.Role;
import io.dudao.common.security.SessionsEnded;
import io.dudao.common.time.AppClock;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts. ADMIN (or SECURITY_ADMIN when administrators are separated) manages every account; an
 * office manages accounts at or below its organisation, never an administrator nor another office
 * account of its own level or above, and grants only roles below its own. Nobody changes their own
 * roles or organisation. Roles must fit the organisation's type ({@link RoleFit}). Everyone else may
 * only read themselves (/me).
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

    @Inject
    RoleFit roleFit;

    @Inject
    PasswordHistory history;

    @Inject
    AppClock clock;

    @Inject
    Event<SessionsEnded> sessionsEnded;

    public PageResponse<UserResponse> list(Caller caller, Long organizationId, Role role, String q, PageQuery page) {
        requireManager(caller);
        var query = repository.search(caller, organizationId, role, q, page);
        List<AppUser> users = query.list();
        Map<Long, OrganizationSummary> orgs = organizations.summaries(users.stream().map(u -> u.organizationId).toList());
        RoleFit.Rules rules = roleFit.rules();
        return new PageResponse<>(users.stream().map(u -> toResponse(u, orgs.get(u.organizationId), rules)).toList(),
                page.page(), page.size(), query.count());
    }

    public UserResponse get(Caller caller, long id) {
        requireManager(caller);
        return toResponse(visibleAccount(caller, id));
    }

    @Transactional
    public UserResponse create(Caller caller, CreateUserRequest request) {
        requireManager(caller);
        OrganizationSummary org = organizationInScope(caller, request.organizationId());
        checkGrant(caller, request.roles(), Set.of());
        checkFit(request.roles(), org.type());
        PasswordPolicy.check(request.username(), request.password(), "password");
        if (repository.findByUsername(request.username()).isPresent()) {
            throw new ApiException(409, "USERNAME_TAKEN", "用户名已被使用", "That username is already taken",
                    List.of(new FieldError("username", "用户名已被使用")), Map.of());
        }
        AppUser user = new AppUser();
        user.username = request.username().trim();
        user.displayName = request.displayName().trim();
        user.passwordHash = Passwords.hash(request.password());
        user.passwordChangedAt = clock.now();
        user.mustChangePassword = true;
        user.organizationId = request.organizationId();
        user.assignRoles(request.roles());
        user.active = request.active() == null || request.active();
        repository.persistAndFlush(user);
        history.remember(user, user.passwordChangedAt);
        audit.record(caller, "CREATE", "USER", user.id, organizations.pathOf(org.id()).orElse(null),
                "新建用户 " + user.username, snapshot(user));
        return toResponse(user);
    }

    @Transactional
    public UserResponse update(Caller caller, long id, UpdateUserRequest request, String ifMatch) {
        requireManager(caller);
        AppUser user = visibleAccount(caller, id);
        boolean self = user.id == caller.userId();
        boolean rolesChange = !user.roleSet().equals(request.roles());
        boolean orgChanges = !Objects.equals(user.organizationId, request.organizationId());
        if (self && (rolesChange || orgChanges)) {
            throw ApiException.forbidden("不能修改自己的角色或所属机构", "Nobody changes their own roles or organisation");
        }
        if (self && !request.active()) {
            throw ApiException.validation("active", "不能停用自己的账号", "you cannot deactivate your own account");
        }
        if (!self) {
            requireManageable(caller, user);
        }
        Etags.expectedVersion(ifMatch, request.version(), user.version);
        OrganizationSummary org = organizationInScope(caller, request.organizationId());
        checkGrant(caller, request.roles(), user.roleSet());
        checkFit(request.roles(), org.type());
        Map<String, Object> before = snapshot(user);
        boolean deactivated = user.active && !request.active();
        user.displayName = request.displayName().trim();
        user.assignRoles(request.roles());
        user.organizationId = request.organizationId();
        user.active = request.active();
        if (rolesChange || orgChanges || deactivated) {
            endSessions(user, deactivated ? "DEACTIVATED" : "ROLES_OR_ORGANIZATION_CHANGED");
        }
        repository.flush();
        audit.record(caller, "UPDATE", "USER", user.id, organizations.pathOf(org.id()).orElse(null),
                "修改用户 " + user.username, AuditService.changes(before, snapshot(user)));
        return toResponse(user);
    }

    @Transactional
    public void resetPassword(Caller caller, long id, String newPassword) {
        requireManager(caller);
        AppUser user = visibleAccount(caller, id);
        if (user.id == caller.userId()) {
            throw ApiException.forbidden("请通过“修改密码”修改自己的密码（需要输入当前密码）",
                    "Change your own password with POST /api/v1/me/password (it asks for the current one)");
        }
        requireManageable(caller, user);
        setPassword(user, newPassword, "newPassword", true);
        endSessions(user, "PASSWORD_RESET");
        audit.record(caller, "PASSWORD_RESET", "USER", user.id, organizations.pathOf(user.organizationId).orElse(null),
                "重置用户 " + user.username + " 的密码", null);
    }

    /** The signed-in account as the caller cache already knows it: no query. */
    public static MeResponse me(Caller caller, CurrentCaller.Profile profile, boolean mustChangePassword) {
        return new MeResponse(caller.userId(), caller.username(), profile.displayName(), caller.roles(),
                new OrganizationSummary(caller.orgId(), profile.orgCode(), profile.orgName(), OrgType.valueOf(profile.orgType())),
                mustChangePassword);
    }

    @Transactional
    public void changeOwnPassword(Caller caller, ChangePasswordRequest request) {
        AppUser user = repository.findByIdOptional(caller.userId()).orElseThrow();
        if (!Passwords.matches(request.currentPassword(), user.passwordHash)) {
            throw ApiException.validation("currentPassword", "当前密码不正确", "the current password is wrong");
        }
        setPassword(user, request.newPassword(), "newPassword", false);
        endSessions(user, "PASSWORD_CHANGE");
        audit.record(caller, "PASSWORD_CHANGE", "USER", user.id, caller.orgPath(), "修改了自己的密码", null);
    }

    /** For the auth feature: the account behind a username, active or not. */
    public Optional<AppUser> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    public Optional<AppUser> findById(long id) {
        return repository.findByIdOptional(id);
    }

    /**
     * For other features: the roles of an account that count in the current administrator mode and
     * fit its organisation (what it may act as), empty for an unknown or inactive account.
     */
    public Set<Role> actingRoles(long userId) {
        AppUser user = repository.findByIdOptional(userId).filter(u -> u.active).orElse(null);
        if (user == null) {
            return Set.of();
        }
        OrgType type = organizations.summaries(List.of(user.organizationId)).get(user.organizationId).type();
        List<Role> misfits = roleFit.rules().misfits(user.roleSet(), type);
        Set<Role> roles = user.roleSet();
        roles.removeAll(misfits);
        return roles;
    }

    private void setPassword(AppUser user, String password, String field, boolean setBySomeoneElse) {
        PasswordPolicy.check(user.username, password, field);
        if (history.recentlyUsed(user, password)) {
            throw ApiException.validation(field, "新密码不能与最近 " + PasswordPolicy.HISTORY + " 次使用过的密码相同",
                    "the password must not be one of the last " + PasswordPolicy.HISTORY);
        }
        user.passwordHash = Passwords.hash(password);
        user.passwordChangedAt = clock.now();
        user.mustChangePassword = setBySomeoneElse;
        repository.flush();
        history.remember(user, user.passwordChangedAt);
    }

    /** Ends every session of the account: access tokens stop working, refresh tokens are revoked. */
    private void endSessions(AppUser user, String reason) {
        user.sessionVersion++;
        sessionsEnded.fire(new SessionsEnded(user.id, reason));
    }

    /** Visible: in the caller's scope; only an administrator sees an administrator account. */
    private AppUser visibleAccount(Caller caller, long id) {
        AppUser user = repository.findManageable(caller, id).orElseThrow(() -> ApiException.notFound("用户", "User"));
        if (!caller.administersAccounts() && user.roleSet().stream().anyMatch(Role::isAdministrator)) {
            throw ApiException.forbidden("只有系统管理员可以管理管理员账号", "Only administrators may manage administrator accounts");
        }
        return user;
    }

    /** An office never manages another office account of its own level or above. */
    private static void requireManageable(Caller caller, AppUser user) {
        if (caller.administersAccounts()) {
            return;
        }
        int level = caller.officeLevel();
        if (user.roleSet().stream().anyMatch(r -> r.isOffice() && r.officeLevel() <= level)) {
            throw ApiException.forbidden("督导办不能管理同级或上级督导办的账号",
                    "An office does not manage office accounts of its own level or above");
        }
    }

    private OrganizationSummary organizationInScope(Caller caller, long organizationId) {
        Optional<OrganizationSummary> org = caller.administersAccounts()
                ? organizations.summaries(List.of(organizationId)).values().stream().findFirst()
                : organizations.pathInScope(caller, organizationId)
                        .flatMap(path -> organizations.summaries(List.of(organizationId)).values().stream().findFirst());
        return org.orElseThrow(() -> ApiException.validation("organizationId",
                "所选机构不存在或不在您的管辖范围内", "the organisation does not exist or is outside your scope"));
    }

    /**
     * Nobody grants a role above their own: administrator roles only by the account administrator
     * (the three separated ones each alone on an account), office roles only below the caller's level.
     */
    private static void checkGrant(Caller caller, Set<Role> requested, Set<Role> alreadyHeld) {
        boolean separated = requested.stream().anyMatch(Role.SEPARATED_ADMINS::contains);
        if (separated && requested.size() > 1) {
            throw ApiException.validation("roles", "三员分立：系统管理员、安全管理员、审计管理员须各自单独成号，不能兼任其他角色",
                    "a separated administrator role is the account's only role");
        }
        if (caller.administersAccounts()) {
            return;
        }
        Set<Role> roles = java.util.EnumSet.copyOf(requested);
        roles.removeAll(alreadyHeld);
        if (roles.stream().anyMatch(Role::isAdministrator)) {
            throw grantRefused("只有系统管理员可以授予管理员角色", "Only administrators may grant administrator roles",
                    "不能授予管理员角色");
        }
        int level = caller.officeLevel();
        if (roles.stream().anyMatch(r -> r.isOffice() && r.officeLevel() <= level)) {
            throw grantRefused("只能授予比本单位低一级及以下的督导办角色", "An office grants only office roles below its own level",
                    "不能授予同级或上级督导办角色");
        }
    }

    private static ApiException grantRefused(String detailZh, String detailEn, String fieldMessage) {
        return new ApiException(403, "FORBIDDEN", detailZh, detailEn, List.of(new FieldError("roles", fieldMessage)), Map.of());
    }

    private void checkFit(Set<Role> roles, OrgType type) {
        RoleFit.Rules rules = roleFit.rules();
        List<Role> misfits = rules.misfits(roles, type);
        if (!misfits.isEmpty()) {
            String message = rules.explain(misfits.get(0), type);
            throw ApiException.validation("roles", message, "role " + misfits.get(0) + " does not fit a " + type + " organisation");
        }
    }

    private static void requireManager(Caller caller) {
        if (!caller.administersAccounts() && !caller.isOffice()) {
            throw ApiException.forbidden("只有管理员和督导办可以管理用户", "Only administrators and offices manage users");
        }
    }

    private UserResponse toResponse(AppUser user) {
        return toResponse(user, organizations.summaries(List.of(user.organizationId)).get(user.organizationId), roleFit.rules());
    }

    private static UserResponse toResponse(AppUser u, OrganizationSummary org, RoleFit.Rules rules) {
        return new UserResponse(u.id, u.username, u.displayName, u.roleSet(), u.organizationId,
                org == null ? null : org.name(), u.active, rules.misfits(u.roleSet(), org == null ? null : org.type()),
                u.mustChangePassword, u.version, u.createdAt);
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
