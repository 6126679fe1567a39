-- The spine shared by every kind of work: plan items linked to all work, findings from any source,
-- conflict-of-interest declarations and the working-day calendar.

-- 1. Every work table names the plan item it serves (重点工作); nullable, indexed for progress and filters.
create index task_plan_item_idx on task (plan_item_id);

alter table inspection_report add column plan_item_id bigint references plan_item (id);
create index inspection_report_plan_item_idx on inspection_report (plan_item_id);

alter table accountability_case add column plan_item_id bigint references plan_item (id);
create index accountability_case_plan_item_idx on accountability_case (plan_item_id);

alter table creation_programme add column plan_item_id bigint references plan_item (id);
create index creation_programme_plan_item_idx on creation_programme (plan_item_id);

-- 2. Findings from anywhere: a report, a visit, a complaint, an evaluation round, a monitoring cycle ...
-- source_type + source_id name where a finding came from; report_id stays for findings of reports
-- (their rectification opens when the report is published). issuing_org_id is the organisation that
-- raised it and verifies it (for a report's findings: the inspecting organisation).
alter table inspection_finding alter column report_id drop not null;
alter table inspection_finding add column source_type varchar(20) not null default 'REPORT';
alter table inspection_finding add column source_id bigint;
alter table inspection_finding add column source_title varchar(300);
alter table inspection_finding add column issuing_org_id bigint references organization (id);
alter table inspection_finding add column plan_item_id bigint references plan_item (id);
update inspection_finding f
   set source_id = f.report_id, source_title = r.title, issuing_org_id = r.inspecting_org_id
  from inspection_report r
 where r.id = f.report_id;
alter table inspection_finding alter column issuing_org_id set not null;
alter table inspection_finding alter column source_type drop default;
alter table inspection_finding add constraint inspection_finding_report_source
    check ((source_type = 'REPORT') = (report_id is not null));
create index inspection_finding_source_idx on inspection_finding (source_type, source_id);
create index inspection_finding_issuing_idx on inspection_finding (issuing_org_id);
create index inspection_finding_plan_item_idx on inspection_finding (plan_item_id);

-- 3. Conflict of interest (回避): ties a user declared (or an office above them recorded) to an organisation.
create table conflict_declaration (
    id               bigserial primary key,
    user_id          bigint        not null references app_user (id),
    organization_id  bigint        not null references organization (id),
    reason           varchar(500)  not null,
    since            date,
    created_by       bigint,
    created_at       timestamptz   not null default now(),
    constraint conflict_declaration_user_org_uk unique (user_id, organization_id)
);
create index conflict_declaration_org_idx on conflict_declaration (organization_id);

-- 4. The working-day calendar: per year, the State Council's holidays and 调休 make-up working days.
-- A day not listed is a working day on Monday to Friday; a year with no row here counts weekends only.
create table work_calendar (
    year        integer        primary key,
    source      varchar(1000)  not null,
    updated_by  varchar(64),
    version     bigint         not null default 0,
    created_at  timestamptz    not null default now(),
    updated_at  timestamptz    not null default now(),
    constraint work_calendar_year_range check (year between 2000 and 2100)
);

-- A notice may list days of the neighbouring year (2023's 元旦 holiday starts on 2022-12-31): the day
-- belongs to the schedule (year) that lists it.
create table work_calendar_day (
    day   date          primary key,
    year  integer       not null references work_calendar (year) on delete cascade,
    kind  varchar(10)   not null,
    name  varchar(100),
    constraint work_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY')),
    constraint work_calendar_day_near_year check (day between make_date(year - 1, 12, 1) and make_date(year + 1, 1, 31))
);
create index work_calendar_day_year_idx on work_calendar_day (year);

-- The schedules published so far that could be checked against the notice's text, each with its source.
insert into work_calendar (year, source, updated_by) values
    (2023, '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022年12月8日）', 'system'),
    (2024, '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）', 'system'),
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）', 'system'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社受权全文播发）', 'system');

insert into work_calendar_day (day, year, kind, name)
select d::date, h.year, 'HOLIDAY', h.name
from (values
    (2023, '元旦', date '2022-12-31', date '2023-01-02'),
    (2023, '春节', date '2023-01-21', date '2023-01-27'),
    (2023, '清明节', date '2023-04-05', date '2023-04-05'),
    (2023, '劳动节', date '2023-04-29', date '2023-05-03'),
    (2023, '端午节', date '2023-06-22', date '2023-06-24'),
    (2023, '中秋节、国庆节', date '2023-09-29', date '2023-10-06'),
    (2024, '元旦', date '2024-01-01', date '2024-01-01'),
    (2024, '春节', date '2024-02-10', date '2024-02-17'),
    (2024, '清明节', date '2024-04-04', date '2024-04-06'),
    (2024, '劳动节', date '2024-05-01', date '2024-05-05'),
    (2024, '端午节', date '2024-06-10', date '2024-06-10'),
    (2024, '中秋节', date '2024-09-15', date '2024-09-17'),
    (2024, '国庆节', date '2024-10-01', date '2024-10-07'),
    (2025, '元旦', date '2025-01-01', date '2025-01-01'),
    (2025, '春节', date '2025-01-28', date '2025-02-04'),
    (2025, '清明节', date '2025-04-04', date '2025-04-06'),
    (2025, '劳动节', date '2025-05-01', date '2025-05-05'),
    (2025, '端午节', date '2025-05-31', date '2025-06-02'),
    (2025, '国庆节、中秋节', date '2025-10-01', date '2025-10-08'),
    (2026, '元旦', date '2026-01-01', date '2026-01-03'),
    (2026, '春节', date '2026-02-15', date '2026-02-23'),
    (2026, '清明节', date '2026-04-04', date '2026-04-06'),
    (2026, '劳动节', date '2026-05-01', date '2026-05-05'),
    (2026, '端午节', date '2026-06-19', date '2026-06-21'),
    (2026, '中秋节', date '2026-09-25', date '2026-09-27'),
    (2026, '国庆节', date '2026-10-01', date '2026-10-07')
) as h(year, name, first_day, last_day),
generate_series(h.first_day, h.last_day, interval '1 day') as d;

insert into work_calendar_day (day, year, kind, name) values
    (date '2023-01-28', 2023, 'WORKDAY', '春节调休上班'),
    (date '2023-01-29', 2023, 'WORKDAY', '春节调休上班'),
    (date '2023-04-23', 2023, 'WORKDAY', '劳动节调休上班'),
    (date '2023-05-06', 2023, 'WORKDAY', '劳动节调休上班'),
    (date '2023-06-25', 2023, 'WORKDAY', '端午节调休上班'),
    (date '2023-10-07', 2023, 'WORKDAY', '中秋节、国庆节调休上班'),
    (date '2023-10-08', 2023, 'WORKDAY', '中秋节、国庆节调休上班'),
    (date '2024-02-04', 2024, 'WORKDAY', '春节调休上班'),
    (date '2024-02-18', 2024, 'WORKDAY', '春节调休上班'),
    (date '2024-04-07', 2024, 'WORKDAY', '清明节调休上班'),
    (date '2024-04-28', 2024, 'WORKDAY', '劳动节调休上班'),
    (date '2024-05-11', 2024, 'WORKDAY', '劳动节调休上班'),
    (date '2024-09-14', 2024, 'WORKDAY', '中秋节调休上班'),
    (date '2024-09-29', 2024, 'WORKDAY', '国庆节调休上班'),
    (date '2024-10-12', 2024, 'WORKDAY', '国庆节调休上班'),
    (date '2025-01-26', 2025, 'WORKDAY', '春节调休上班'),
    (date '2025-02-08', 2025, 'WORKDAY', '春节调休上班'),
    (date '2025-04-27', 2025, 'WORKDAY', '劳动节调休上班'),
    (date '2025-09-28', 2025, 'WORKDAY', '国庆节、中秋节调休上班'),
    (date '2025-10-11', 2025, 'WORKDAY', '国庆节、中秋节调休上班'),
    (date '2026-01-04', 2026, 'WORKDAY', '元旦调休上班'),
    (date '2026-02-14', 2026, 'WORKDAY', '春节调休上班'),
    (date '2026-02-28', 2026, 'WORKDAY', '春节调休上班'),
    (date '2026-05-09', 2026, 'WORKDAY', '劳动节调休上班'),
    (date '2026-09-20', 2026, 'WORKDAY', '国庆节调休上班'),
    (date '2026-10-10', 2026, 'WORKDAY', '国庆节调休上班');
