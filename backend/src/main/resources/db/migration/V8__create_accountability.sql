-- Accountability (教育督导问责): the scenario catalogue (问责情景清单) and the case register.

-- Scenarios are data with codes. owner_org_id null = the built-in catalogue (national method and
-- Shaanxi's rules); otherwise a local scenario an office added for its own subtree.
create table accountability_scenario (
    id                  bigserial primary key,
    code                varchar(40)   not null,
    owner_org_id        bigint        references organization (id),
    family              varchar(40)   not null,
    target_type         varchar(20)   not null,
    description         varchar(2000) not null,
    suggested_measures  varchar(2000),
    source              varchar(500),
    active              boolean       not null default true,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now()
);
create unique index accountability_scenario_code_uk on accountability_scenario (coalesce(owner_org_id, 0), code);
create index accountability_scenario_owner_idx on accountability_scenario (owner_org_id);

-- Case numbers: per handling organisation and year; the prefix is configurable per organisation.
create table accountability_numbering (
    org_id       bigint       primary key references organization (id),
    case_prefix  varchar(40)  not null,
    updated_at   timestamptz  not null default now()
);
create table accountability_counter (
    org_id       bigint   not null references organization (id),
    case_year    integer  not null,
    last_serial  integer  not null,
    primary key (org_id, case_year)
);

create table accountability_case (
    id                       bigserial primary key,
    case_number              varchar(80)   not null,
    case_year                integer       not null,
    case_serial              integer       not null,
    handling_org_id          bigint        not null references organization (id),
    subject_type             varchar(20)   not null,
    subject_org_id           bigint        references organization (id),
    subject_person_name      varchar(100),
    subject_person_position  varchar(200),
    scenario_codes           jsonb         not null default '[]',
    source                   varchar(20)   not null,
    source_id                bigint,
    source_ended_on          date,
    facts                    text          not null,
    internal_notes           text,
    status                   varchar(30)   not null,
    severe                   boolean       not null default false,
    severe_reasons           jsonb         not null default '[]',
    statement_due_on         date,
    statement_text           text,
    unit_measures            jsonb         not null default '[]',
    individual_measures      jsonb         not null default '[]',
    decision_text            text,
    basis                    text,
    effective_on             date,
    publication              varchar(20)   not null default 'NONE',
    opened_on                date          not null,
    investigated_on          date,
    notified_on              date,
    statement_on             date,
    decided_on               date,
    executed_on              date,
    review_requested_on      date,
    review_reason            text,
    review_answered_on       date,
    review_outcome           varchar(20),
    appeal_filed_on          date,
    appeal_reason            text,
    appeal_answered_on       date,
    appeal_outcome           varchar(20),
    corrected_on             date,
    closed_on                date,
    dismiss_reason           text,
    created_by               bigint,
    version                  bigint        not null default 0,
    created_at               timestamptz   not null default now(),
    updated_at               timestamptz   not null default now(),
    constraint accountability_case_subject check (subject_org_id is not null or subject_person_name is not null)
);
create unique index accountability_case_number_uk on accountability_case (handling_org_id, case_year, case_serial);
create index accountability_case_handling_idx on accountability_case (handling_org_id, status);
create index accountability_case_subject_idx on accountability_case (subject_org_id, decided_on);
create index accountability_case_source_idx on accountability_case (source, source_id);
create index accountability_case_updated_idx on accountability_case (updated_at);

-- The case's timeline: every step with who took it, when, and any note; internal entries are
-- never shown to the subject.
create table accountability_case_step (
    id               bigserial primary key,
    case_id          bigint        not null references accountability_case (id) on delete cascade,
    step             varchar(30)   not null,
    at               timestamptz   not null default now(),
    by_user_id       bigint,
    by_name          varchar(100)  not null,
    by_org_id        bigint,
    note             text,
    override_reason  varchar(2000),
    internal         boolean       not null default false
);
create index accountability_case_step_case_idx on accountability_case_step (case_id, at);
