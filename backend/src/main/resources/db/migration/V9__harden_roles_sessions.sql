-- Hardening I: roles that fit the organisation, sessions that end, an append-only audit trail,
-- case numbers unique per 文号 prefix, one open case per source object.

-- Which role may be held by a user of which organisation type: data, read by one checker (RoleFit).
create table role_fit (
    role      varchar(30) not null,
    org_type  varchar(20) not null,
    primary key (role, org_type)
);
insert into role_fit (role, org_type)
select r.role, t.org_type
from (values ('ADMIN'), ('SYSTEM_ADMIN'), ('SECURITY_ADMIN'), ('AUDIT_ADMIN'), ('SUPERVISOR'), ('EXPERT')) r(role)
cross join (values ('PROVINCE'), ('CITY'), ('COUNTY'), ('ZONE'), ('SCHOOL'), ('DEPARTMENT')) t(org_type);
insert into role_fit (role, org_type) values
    ('PROVINCE_OFFICE', 'PROVINCE'),
    ('CITY_OFFICE', 'CITY'),
    ('COUNTY_OFFICE', 'COUNTY'),
    ('SCHOOL', 'SCHOOL'),
    ('DEPARTMENT', 'DEPARTMENT'),
    ('VIEWER', 'PROVINCE'), ('VIEWER', 'CITY'), ('VIEWER', 'COUNTY');

-- Sessions: a user's tokens carry session_version; raising it ends every session of that user.
alter table app_user add column session_version integer not null default 0;
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column password_changed_at timestamptz;

-- The last passwords of each user (bcrypt hashes), so a new one cannot repeat them.
create table password_history (
    id             bigserial primary key,
    user_id        bigint       not null references app_user (id),
    password_hash  varchar(200) not null,
    created_at     timestamptz  not null default now()
);
create index password_history_user_idx on password_history (user_id, created_at desc);

-- Refresh tokens end 8 hours after their last use and, whatever happens, a fixed time after sign-in.
alter table refresh_token add column session_expires_at timestamptz;
update refresh_token set session_expires_at = created_at + interval '7 days';
alter table refresh_token alter column session_expires_at set not null;

-- The audit trail is append-only: no UPDATE, no DELETE, no TRUNCATE, except the application's
-- retention purge (which marks its transaction) of events older than 180 days.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('dudao.audit_retention_purge', true) = 'on'
            and old.occurred_at < now() - interval '180 days' then
        return old;
    end if;
    raise exception 'audit events cannot be changed or deleted' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create function audit_event_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit events cannot be truncated' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_no_truncate();

-- Each organisation's 文号 abbreviation for accountability case numbers (渭教督问〔2026〕1号).
alter table organization add column document_prefix varchar(40);
create table document_prefix_seed (
    org_code  varchar(64) primary key,
    prefix    varchar(40) not null
);
insert into document_prefix_seed (org_code, prefix) values
    ('610000', '陕教督问'), ('610500', '渭教督问'), ('610502', '临渭教督问'), ('610503', '华州教督问'),
    ('610522', '潼教督问'), ('610523', '荔教督问'), ('610524', '合教督问'), ('610525', '澄教督问'),
    ('610526', '蒲教督问'), ('610527', '白教督问'), ('610528', '富教督问'), ('610581', '韩教督问'),
    ('610582', '华阴教督问'), ('WN-GXQ', '渭高新教督问'), ('WN-JKQ', '渭经开教督问');
-- a prefix an office already set wins over the seed
update organization o set document_prefix = n.case_prefix from accountability_numbering n where n.org_id = o.id;
update organization o set document_prefix = s.prefix from document_prefix_seed s
where s.org_code = o.code and o.document_prefix is null
  and not exists (select 1 from organization other where other.document_prefix = s.prefix);
create index organization_document_prefix_idx on organization (document_prefix);
drop table accountability_numbering;

-- Case numbers are unique per prefix and year, whichever office issued them: one counter per prefix.
alter table accountability_case add column case_prefix varchar(40);
update accountability_case set case_prefix = split_part(case_number, '〔', 1);
-- numbers two offices issued twice before this rule: the later case gets the next free serial
with ranked as (
    select id, case_prefix, case_year,
           row_number() over (partition by case_prefix, case_year, case_serial order by id) as copy
    from accountability_case),
top as (
    select case_prefix, case_year, max(case_serial) as top_serial from accountability_case group by case_prefix, case_year),
renumbered as (
    select r.id, t.top_serial + row_number() over (partition by r.case_prefix, r.case_year order by r.id) as serial
    from ranked r join top t on t.case_prefix = r.case_prefix and t.case_year = r.case_year
    where r.copy > 1)
update accountability_case c
set case_serial = n.serial, case_number = c.case_prefix || '〔' || c.case_year || '〕' || n.serial || '号'
from renumbered n where n.id = c.id;
alter table accountability_case alter column case_prefix set not null;
drop index accountability_case_number_uk;
create unique index accountability_case_number_uk on accountability_case (case_prefix, case_year, case_serial);
create table case_number_counter (
    case_prefix  varchar(40) not null,
    case_year    integer     not null,
    last_serial  integer     not null,
    primary key (case_prefix, case_year)
);
insert into case_number_counter (case_prefix, case_year, last_serial)
select case_prefix, case_year, max(case_serial) from accountability_case group by case_prefix, case_year;
drop table accountability_counter;

-- At most one open case per source object (a finding, a task, a report).
create unique index accountability_case_open_source_uk on accountability_case (source, source_id)
    where source_id is not null and status not in ('CLOSED', 'DISMISSED', 'REVOKED');

-- A built-in (or higher-level) scenario hidden for an organisation's subtree.
create table accountability_scenario_hidden (
    id           bigserial primary key,
    scenario_id  bigint      not null references accountability_scenario (id) on delete cascade,
    org_id       bigint      not null references organization (id),
    hidden_by    bigint,
    created_at   timestamptz not null default now(),
    constraint accountability_scenario_hidden_uk unique (scenario_id, org_id)
);
create index accountability_scenario_hidden_org_idx on accountability_scenario_hidden (org_id);

-- Webhook secrets are stored AES-GCM encrypted (longer than the secret itself).
alter table webhook alter column secret type varchar(1000);
