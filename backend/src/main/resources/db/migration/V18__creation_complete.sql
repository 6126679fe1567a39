-- 两个创建, complete: the recognition steps of each programme (county self-assessment → city review → provincial
-- process supervision → provincial review → national recognition), recorded in that order with date, documents
-- and the office that recorded them.
create table creation_recognition_step (
    id              bigserial primary key,
    programme_id    bigint        not null references creation_programme (id) on delete cascade,
    step            varchar(40)   not null,
    step_order      integer       not null,
    recorded_on     date          not null,
    documents       jsonb         not null default '[]',
    note            varchar(2000),
    office_org_id   bigint        not null references organization (id),
    recorded_by     bigint,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint creation_recognition_step_uk unique (programme_id, step),
    constraint creation_recognition_step_order_uk unique (programme_id, step_order)
);
create index creation_recognition_step_office_idx on creation_recognition_step (office_org_id);

-- 达标校: the number of schools the city expects to reach the 优质均衡 school standard in a county in a year. Progress
-- comes from the year's assessment (its passing schools).
create table creation_school_target (
    id              bigserial primary key,
    programme_id    bigint        not null references creation_programme (id) on delete cascade,
    year            integer       not null,
    target_schools  integer       not null check (target_schools >= 0),
    note            varchar(500),
    office_org_id   bigint        not null references organization (id),
    set_by          bigint,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint creation_school_target_uk unique (programme_id, year)
);
create index creation_school_target_year_idx on creation_school_target (year);

-- 千园达标: the city's kindergarten programme. One entry per kindergarten (an organisation under the county) with
-- the year it is to reach the standard, the checklist result, the status and the evidence (document names).
create table creation_kindergarten_entry (
    id                  bigserial primary key,
    county_org_id       bigint        not null references organization (id),
    kindergarten_org_id bigint        not null references organization (id),
    target_year         integer       not null,
    checklist_result    varchar(20)   not null,
    status              varchar(20)   not null,
    evidence            jsonb         not null default '[]',
    note                varchar(2000),
    updated_by          bigint,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint creation_kindergarten_entry_uk unique (kindergarten_org_id)
);
create index creation_kindergarten_entry_county_idx on creation_kindergarten_entry (county_org_id, target_year);
create index creation_kindergarten_entry_status_idx on creation_kindergarten_entry (status);
