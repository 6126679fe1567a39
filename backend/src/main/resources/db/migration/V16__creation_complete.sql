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
