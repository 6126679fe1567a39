-- Creation programmes (两个创建): standards as data, one programme per county and kind, the schools'
-- yearly returns with the last assessment's summary, and the problem ledger (问题台账) built from gaps.

-- A standard set: indicators with thresholds per stage and the rules, as one jsonb document. Immutable
-- once stored (a programme assessed with it keeps the exact thresholds); a province or city tightens a
-- set by copying it (based_on_id). owner_org_id null = a national set every organisation sees.
create table creation_standard (
    id            bigserial primary key,
    kind          varchar(30)   not null,
    name          varchar(300)  not null,
    year          integer,
    source_note   varchar(2000) not null,
    based_on_id   bigint        references creation_standard (id),
    owner_org_id  bigint        references organization (id),
    content       jsonb         not null,
    seed_key      varchar(100),
    created_by    bigint,
    created_at    timestamptz   not null default now(),
    constraint creation_standard_seed_uk unique (seed_key)
);
create index creation_standard_kind_idx on creation_standard (kind);
create index creation_standard_owner_idx on creation_standard (owner_org_id);
create index creation_standard_based_on_idx on creation_standard (based_on_id);

create table creation_programme (
    id               bigserial primary key,
    kind             varchar(30)  not null,
    county_org_id    bigint       not null references organization (id),
    target_year      integer      not null,
    stages           jsonb        not null default '[]',
    standard_set_id  bigint       not null references creation_standard (id),
    status           varchar(20)  not null,
    created_by       bigint,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint creation_programme_county_kind_uk unique (county_org_id, kind)
);
create index creation_programme_kind_idx on creation_programme (kind, status);
create index creation_programme_standard_idx on creation_programme (standard_set_id);
create index creation_programme_updated_idx on creation_programme (updated_at);

-- One year's school returns of a programme, with the summary of the assessment made when it was saved
-- (what the city's list shows without recomputing).
create table creation_return (
    id                      bigserial primary key,
    programme_id            bigint        not null references creation_programme (id) on delete cascade,
    year                    integer       not null,
    rows                    jsonb         not null,
    child_population_3to5   integer,
    verdict                 varchar(10),
    assessed_schools        integer,
    passing_schools         integer,
    worst_indicator         jsonb,
    assessed_at             timestamptz,
    updated_by              bigint,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    constraint creation_return_programme_year_uk unique (programme_id, year)
);

-- 问题台账: one entry per gap, keyed by programme, year, school (empty for county-wide indicators),
-- stage (a 九年一贯制 school has two) and indicator. Re-running updates; a gap that disappears is RESOLVED.
create table creation_ledger_entry (
    id               bigserial primary key,
    programme_id     bigint         not null references creation_programme (id) on delete cascade,
    year             integer        not null,
    school_code      varchar(64)    not null,
    school_name      varchar(200),
    school_org_id    bigint         references organization (id),
    stage            varchar(20)    not null,
    indicator_code   varchar(64)    not null,
    indicator_name   varchar(200)   not null,
    value            numeric(20, 4),
    threshold        numeric(20, 4),
    gap              numeric(20, 4),
    unit             varchar(20),
    resource_needed  numeric(20, 2),
    resource_unit    varchar(20),
    message          varchar(2000)  not null,
    status           varchar(20)    not null,
    task_id          bigint         references task (id) on delete set null,
    first_seen_at    timestamptz    not null default now(),
    resolved_at      timestamptz,
    version          bigint         not null default 0,
    created_at       timestamptz    not null default now(),
    updated_at       timestamptz    not null default now(),
    constraint creation_ledger_key_uk unique (programme_id, year, school_code, stage, indicator_code)
);
create index creation_ledger_status_idx on creation_ledger_entry (programme_id, year, status);
create index creation_ledger_task_idx on creation_ledger_entry (task_id);
create index creation_ledger_school_org_idx on creation_ledger_entry (school_org_id);
