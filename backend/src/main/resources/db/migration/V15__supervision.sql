-- 责任督学挂牌督导 (issue #16): appointments of responsibility supervisors to zones, the schools each
-- supervises, and each county's supervision settings with the source of every figure.

-- 督学聘任: a user of any organisation (most are part-time principals and teachers of a school) appointed
-- to a responsibility zone for a term. The zone is the owner organisation (visibility follows its path).
create table supervisor_appointment (
    id              bigserial    primary key,
    user_id         bigint       not null references app_user (id),
    zone_id         bigint       not null references organization (id),
    term_start      date         not null,
    term_end        date         not null,
    certificate_no  varchar(50),
    employment      varchar(20)  not null,
    status          varchar(20)  not null,
    phone           varchar(30),
    version         bigint       not null default 0,
    created_by      bigint,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint supervisor_appointment_term_ck check (term_end >= term_start)
);
create index supervisor_appointment_zone_idx on supervisor_appointment (zone_id, status);
create index supervisor_appointment_user_idx on supervisor_appointment (user_id);

-- 挂牌: the supervisors of a school, through their appointment; one lead per school.
create table school_supervisor (
    id              bigserial    primary key,
    school_id       bigint       not null references organization (id),
    appointment_id  bigint       not null references supervisor_appointment (id) on delete cascade,
    lead            boolean      not null,
    created_by      bigint,
    created_at      timestamptz  not null default now(),
    constraint school_supervisor_uk unique (school_id, appointment_id)
);
create unique index school_supervisor_lead_uk on school_supervisor (school_id) where lead;
create index school_supervisor_appointment_idx on school_supervisor (appointment_id);

-- A county's settings; the row without an organisation holds the national defaults every county starts
-- from. Semester dates are month-day ('09-01'); holiday months are not teaching months.
create table supervision_settings (
    id                             bigserial    primary key,
    org_id                         bigint       references organization (id),
    schools_per_supervisor         integer      not null,
    schools_per_supervisor_source  varchar(500) not null,
    schools_per_zone               integer      not null,
    schools_per_zone_source        varchar(500) not null,
    visit_frequency                varchar(20)  not null,
    visits_per_period              integer      not null,
    visit_frequency_source         varchar(500) not null,
    spring_start                   varchar(5)   not null,
    spring_end                     varchar(5)   not null,
    autumn_start                   varchar(5)   not null,
    autumn_end                     varchar(5)   not null,
    holiday_months                 varchar(40)  not null,
    version                        bigint       not null default 0,
    updated_by                     varchar(64),
    updated_at                     timestamptz  not null default now(),
    constraint supervision_settings_org_uk unique (org_id)
);
create unique index supervision_settings_default_uk on supervision_settings ((org_id is null)) where org_id is null;
insert into supervision_settings (org_id, schools_per_supervisor, schools_per_supervisor_source, schools_per_zone,
                                  schools_per_zone_source, visit_frequency, visits_per_period, visit_frequency_source,
                                  spring_start, spring_end, autumn_start, autumn_end, holiday_months)
values (null, 5, '《中小学校责任督学挂牌督导办法》（国教督办〔2013〕7号）：每名责任督学负责 5 所左右学校（“1 人负责 5 所左右”）',
        20, '《关于建立中小学校责任督学挂牌督导制度的意见》（教督〔2012〕7号）：每个责任区一般不超过 20 所学校',
        'MONTHLY', 1, '《中小学校责任督学挂牌督导规程》（国教督办〔2016〕4号）及地方规定：经常性督导每月不少于 1 次',
        '02-20', '07-10', '09-01', '01-20', '1,2,7,8');

-- the coverage view counts submitted routine visits per school and month
create index inspection_report_routine_visit_idx on inspection_report (target_org_id, visit_start)
    where type = 'ROUTINE_VISIT' and status <> 'DRAFT';
