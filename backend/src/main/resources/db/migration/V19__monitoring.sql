-- 义务教育质量监测 (issue #24): monitoring cycles run by a city or province office, the counties and
-- schools sampled, and the results per county (and school) and subject with the province's figure beside
-- each. The feedback report's problems are findings (source MONITORING, source_id = the cycle).

create table monitoring_cycle (
    id                 bigserial     primary key,
    owner_org_id       bigint        not null references organization (id),
    year               integer       not null,
    title              varchar(200)  not null,
    subjects           jsonb         not null,
    grades             jsonb         not null,
    test_date          date,
    feedback_date      date,
    ends_on            date          not null,
    -- a county whose share at level III or above falls by more than this many percentage points from its
    -- previous cycle gets the accountability scenario 教育质量下降 suggested
    fall_alert_points  numeric(5, 2) not null default 5.00,
    plan_item_id       bigint        references plan_item (id),
    status             varchar(20)   not null,
    version            bigint        not null default 0,
    created_by         bigint,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    constraint monitoring_cycle_year_ck check (year between 2000 and 2100),
    constraint monitoring_cycle_fall_ck check (fall_alert_points > 0 and fall_alert_points <= 100)
);
create index monitoring_cycle_owner_idx on monitoring_cycle (owner_org_id, year);
create index monitoring_cycle_plan_item_idx on monitoring_cycle (plan_item_id);
create index monitoring_cycle_year_idx on monitoring_cycle (year);

-- 抽样: the sampled counties, and the sampled schools of each (school_id null: the county itself)
create table monitoring_sample (
    id         bigserial  primary key,
    cycle_id   bigint     not null references monitoring_cycle (id) on delete cascade,
    county_id  bigint     not null references organization (id),
    school_id  bigint     references organization (id)
);
create unique index monitoring_sample_uk on monitoring_sample (cycle_id, county_id, coalesce(school_id, 0));
create index monitoring_sample_county_idx on monitoring_sample (county_id);

-- 监测结果: shares in percent (0–100), the mean scale score, the inter-school difference rate; the
-- province's figure beside each. school_id null: the county's own figure.
create table monitoring_result (
    id                        bigserial     primary key,
    cycle_id                  bigint        not null references monitoring_cycle (id) on delete cascade,
    county_id                 bigint        not null references organization (id),
    school_id                 bigint        references organization (id),
    subject                   varchar(30)   not null,
    grade                     integer       not null,
    level3_share              numeric(5, 2) not null,
    excellent_share           numeric(5, 2),
    mean_score                numeric(6, 1),
    difference_rate           numeric(5, 3),
    province_level3_share     numeric(5, 2),
    province_excellent_share  numeric(5, 2),
    province_mean_score       numeric(6, 1),
    province_difference_rate  numeric(5, 3),
    constraint monitoring_result_share_ck check (level3_share between 0 and 100
        and (excellent_share is null or excellent_share between 0 and 100)
        and (province_level3_share is null or province_level3_share between 0 and 100)
        and (province_excellent_share is null or province_excellent_share between 0 and 100))
);
create unique index monitoring_result_uk on monitoring_result (cycle_id, county_id, coalesce(school_id, 0), subject, grade);
create index monitoring_result_trend_idx on monitoring_result (county_id, subject, grade) where school_id is null;

