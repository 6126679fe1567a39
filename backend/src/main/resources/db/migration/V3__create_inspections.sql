-- Indicator systems (指标体系): versioned trees of indicators, kept as one jsonb document per version.
-- A version is edited while DRAFT and frozen once PUBLISHED; editing after that means copying it to a
-- new version of the same lineage, so every report keeps the exact tree it was scored with.
create table indicator_system (
    id              bigserial primary key,
    lineage_id      bigint,
    system_version  integer       not null,
    name            varchar(300)  not null,
    description     text,
    source_note     varchar(1000),
    kind            varchar(20)   not null,
    target_type     varchar(20)   not null,
    status          varchar(20)   not null,
    owner_org_id    bigint        references organization (id),
    grade_bands     jsonb         not null default '[]',
    indicators      jsonb         not null default '[]',
    total_score     numeric(9, 2),
    leaf_count      integer       not null default 0,
    seed_key        varchar(100),
    created_by      bigint,
    published_at    timestamptz,
    revision        bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint indicator_system_seed_uk unique (seed_key)
);
create unique index indicator_system_lineage_version_uk on indicator_system (lineage_id, system_version);
create index indicator_system_owner_idx on indicator_system (owner_org_id, status);
create index indicator_system_kind_idx on indicator_system (kind, target_type);
create index indicator_system_updated_idx on indicator_system (updated_at);

-- Inspection reports (督导报告): who inspected whom, with which indicator system version, and the scores.
create table inspection_report (
    id                        bigserial primary key,
    type                      varchar(30)   not null,
    title                     varchar(300)  not null,
    target_org_id             bigint        not null references organization (id),
    inspecting_org_id         bigint        not null references organization (id),
    indicator_system_id       bigint        references indicator_system (id),
    indicator_system_version  integer,
    visit_start               date,
    visit_end                 date,
    topic                     varchar(100),
    summary                   text,
    scores                    jsonb         not null default '[]',
    total_score               numeric(9, 2),
    grade                     varchar(20),
    status                    varchar(20)   not null,
    return_reason             varchar(1000),
    created_by                bigint,
    submitted_at              timestamptz,
    approved_at               timestamptz,
    published_at              timestamptz,
    version                   bigint        not null default 0,
    created_at                timestamptz   not null default now(),
    updated_at                timestamptz   not null default now(),
    constraint inspection_report_visit_order check (visit_end is null or visit_start is null or visit_end >= visit_start)
);
create index inspection_report_inspecting_idx on inspection_report (inspecting_org_id, status);
create index inspection_report_target_idx on inspection_report (target_org_id, status);
create index inspection_report_type_idx on inspection_report (type, status);
create index inspection_report_system_idx on inspection_report (indicator_system_id);
create index inspection_report_visit_idx on inspection_report (visit_start);
create index inspection_report_updated_idx on inspection_report (updated_at);
create index inspection_report_created_by_idx on inspection_report (created_by);

create table inspection_report_inspector (
    report_id  bigint   not null references inspection_report (id) on delete cascade,
    seq        integer  not null,
    user_id    bigint   not null references app_user (id),
    primary key (report_id, seq)
);
create index inspection_report_inspector_user_idx on inspection_report_inspector (user_id);

-- Findings (问题) and the problem ledger (问题台账): finding → rectification → verification (销号).
create table inspection_finding (
    id                  bigserial primary key,
    report_id           bigint        not null references inspection_report (id) on delete cascade,
    indicator_code      varchar(20),
    severity            varchar(10)   not null,
    severity_rank       integer       not null,
    description         text          not null,
    requirement         text          not null,
    owner_org_id        bigint        not null references organization (id),
    due_date            date          not null,
    status              varchar(20)   not null,
    reopen_count        integer       not null default 0,
    last_reopen_reason  varchar(1000),
    verified_at         timestamptz,
    verified_by         bigint,
    created_by          bigint,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now()
);
create index inspection_finding_report_idx on inspection_finding (report_id, status);
create index inspection_finding_owner_idx on inspection_finding (owner_org_id, status);
create index inspection_finding_status_due_idx on inspection_finding (status, due_date);
create index inspection_finding_due_idx on inspection_finding (due_date);
create index inspection_finding_severity_idx on inspection_finding (severity_rank);
create index inspection_finding_reopen_idx on inspection_finding (reopen_count);
create index inspection_finding_updated_idx on inspection_finding (updated_at);

create table inspection_rectification (
    id              bigserial primary key,
    finding_id      bigint        not null references inspection_finding (id) on delete cascade,
    measures        text          not null,
    result          text,
    submitted_by    bigint,
    submitter_name  varchar(100),
    submitted_at    timestamptz   not null default now(),
    outcome         varchar(20),
    review_note     varchar(1000),
    reviewed_by     bigint,
    reviewer_name   varchar(100),
    reviewed_at     timestamptz
);
create index inspection_rectification_finding_idx on inspection_rectification (finding_id, submitted_at);
