package io.dudao.plan;

public enum PlanStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
