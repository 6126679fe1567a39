package io.dudao.org;

public enum OrgType {
    PROVINCE, CITY, COUNTY, ZONE, SCHOOL, DEPARTMENT
}
