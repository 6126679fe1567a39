package io.dudao.common.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Roles a user account may hold. Which organisation types fit each role is data (table role_fit,
 * read by {@link RoleFit}); the three separated administrator roles exist only behind
 * APP_SEPARATE_ADMINS=true, where they replace ADMIN (三员分立).
 */
public enum Role {
    ADMIN, PROVINCE_OFFICE, CITY_OFFICE, COUNTY_OFFICE, SUPERVISOR, EXPERT, SCHOOL, DEPARTMENT, VIEWER,
    SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN;

    public static final Set<Role> OFFICES = EnumSet.of(PROVINCE_OFFICE, CITY_OFFICE, COUNTY_OFFICE);

    /** The separated administrators: each alone on its account, each with one part of ADMIN's power. */
    public static final Set<Role> SEPARATED_ADMINS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    /** Office roles by level: 1 province, 2 city, 3 county; an office manages only levels below its own. */
    private static final Map<Role, Integer> OFFICE_LEVELS = Map.of(PROVINCE_OFFICE, 1, CITY_OFFICE, 2, COUNTY_OFFICE, 3);

    public boolean isOffice() {
        return OFFICES.contains(this);
    }

    public boolean isAdministrator() {
        return this == ADMIN || SEPARATED_ADMINS.contains(this);
    }

    /** 1 for the province office, 2 for a city office, 3 for a county office; 0 for other roles. */
    public int officeLevel() {
        return OFFICE_LEVELS.getOrDefault(this, 0);
    }
}
