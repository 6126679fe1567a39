package io.dudao.common.security;

import java.util.EnumSet;
import java.util.Set;

public enum Role {
    ADMIN, CITY_OFFICE, COUNTY_OFFICE, SUPERVISOR, SCHOOL, VIEWER;

    public static final Set<Role> OFFICES = EnumSet.of(CITY_OFFICE, COUNTY_OFFICE);
}
