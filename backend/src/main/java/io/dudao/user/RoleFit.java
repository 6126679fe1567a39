package io.dudao.user;

import io.dudao.common.security.AdminMode;
import io.dudao.common.security.Role;
import io.dudao.org.OrgType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one checker of which role fits which organisation type, read from the table role_fit
 * (seeded by migration): user create and update, the user list's misfit flag and the startup check
 * all ask it. A role unavailable in the current administrator mode never fits.
 */
@ApplicationScoped
public class RoleFit {

    private static final Map<OrgType, String> TYPE_LABELS = Map.of(OrgType.PROVINCE, "省级", OrgType.CITY, "市级",
            OrgType.COUNTY, "县（市、区）", OrgType.ZONE, "责任区", OrgType.SCHOOL, "学校、幼儿园", OrgType.DEPARTMENT, "职能部门");

    @Inject
    EntityManager em;

    @Inject
    AdminMode adminMode;

    /** The table as it is now, read in one query: check many accounts against one snapshot. */
    public Rules rules() {
        Map<Role, Set<OrgType>> fits = new EnumMap<>(Role.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select role, org_type from role_fit").getResultList();
        for (Object[] row : rows) {
            try {
                fits.computeIfAbsent(Role.valueOf((String) row[0]), r -> EnumSet.noneOf(OrgType.class))
                        .add(OrgType.valueOf((String) row[1]));
            } catch (IllegalArgumentException unknown) {
                // a row for a role or type this version does not know grants nothing
            }
        }
        Set<Role> unavailable = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (!adminMode.available(role)) {
                unavailable.add(role);
            }
        }
        return new Rules(fits, unavailable);
    }

    public record Rules(Map<Role, Set<OrgType>> fits, Set<Role> unavailable) {

        /** The roles that do not fit an organisation of this type, in role order. */
        public List<Role> misfits(Collection<Role> roles, OrgType type) {
            return roles.stream().filter(r -> unavailable.contains(r) || type == null
                    || !fits.getOrDefault(r, Set.of()).contains(type)).sorted().toList();
        }

        /** Why a role does not fit, for the field error. */
        public String explain(Role role, OrgType type) {
            if (unavailable.contains(role)) {
                return "角色 " + role + " 在当前管理员模式下不可用";
            }
            String allowed = fits.getOrDefault(role, Set.of()).stream().sorted().map(TYPE_LABELS::get)
                    .collect(Collectors.joining("、"));
            return "角色 " + role + " 不适用于" + (type == null ? "该" : TYPE_LABELS.get(type)) + "机构的用户"
                    + (allowed.isEmpty() ? "" : "（适用于：" + allowed + "）");
        }
    }
}
