create table plan (
    id               bigserial primary key,
    title            varchar(300)  not null,
    year             integer       not null,
    issuing_org_id   bigint        not null references organization (id),
    document_number  varchar(100),
    issued_on        date,
    recipients       varchar(1000),
    preamble         text,
    status           varchar(20)   not null,
    forwarded_from   jsonb,
    created_by       bigint,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now()
);
create index plan_issuing_org_idx on plan (issuing_org_id, status);
create index plan_year_idx on plan (year);

create table plan_item (
    id         bigserial primary key,
    plan_id    bigint       not null references plan (id) on delete cascade,
    parent_id  bigint       references plan_item (id) on delete cascade,
    seq        integer      not null,
    heading    varchar(500) not null,
    content    text
);
create index plan_item_plan_idx on plan_item (plan_id, parent_id, seq);

create table plan_forwarding (
    id                 bigserial primary key,
    plan_id            bigint        not null references plan (id),
    forwarding_org_id  bigint        not null references organization (id),
    document_number    varchar(100)  not null,
    instructions       text,
    due_date           date,
    created_by         bigint,
    created_at         timestamptz   not null default now()
);
create index plan_forwarding_plan_idx on plan_forwarding (plan_id);

create table task (
    id                bigserial primary key,
    title             varchar(300)  not null,
    description       text,
    plan_id           bigint        references plan (id),
    plan_item_id      bigint        references plan_item (id),
    parent_id         bigint        references task (id),
    forwarding_id     bigint        references plan_forwarding (id),
    category          varchar(20)   not null,
    issuer_org_id     bigint        not null references organization (id),
    assignee_org_id   bigint        not null references organization (id),
    priority          varchar(10)   not null,
    priority_rank     integer       not null default 1,
    start_date        date,
    due_date          date,
    status            varchar(20)   not null,
    progress_percent  integer       not null default 0,
    acknowledged_at   timestamptz,
    return_reason     varchar(1000),
    created_by        bigint,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint task_progress_range check (progress_percent between 0 and 100)
);
create index task_assignee_idx on task (assignee_org_id, status);
create index task_issuer_idx on task (issuer_org_id);
create index task_plan_idx on task (plan_id, plan_item_id);
create index task_parent_idx on task (parent_id);
create index task_forwarding_idx on task (forwarding_id);
create index task_due_idx on task (due_date);
create index task_updated_idx on task (updated_at);
create index task_priority_idx on task (priority_rank);

create table task_milestone (
    id        bigserial primary key,
    task_id   bigint       not null references task (id) on delete cascade,
    seq       integer      not null,
    title     varchar(300) not null,
    due_date  date         not null,
    done_on   date
);
create index task_milestone_task_idx on task_milestone (task_id, seq);

create table task_progress (
    id           bigserial primary key,
    task_id      bigint       not null references task (id) on delete cascade,
    percent      integer      not null,
    note         text,
    created_by   bigint,
    author_name  varchar(100),
    created_at   timestamptz  not null default now()
);
create index task_progress_task_idx on task_progress (task_id, created_at);

create table attachment (
    id              bigserial primary key,
    file_name       varchar(255)  not null,
    content_type    varchar(100)  not null,
    size            bigint        not null,
    sha256          varchar(64)   not null,
    storage_key     varchar(200)  not null,
    uploaded_by     bigint        not null,
    uploader_org_id bigint        not null references organization (id),
    created_at      timestamptz   not null default now()
);

-- Which object an attachment belongs to (a task's progress entry, acknowledgement, ...).
create table attachment_link (
    attachment_id  bigint       not null references attachment (id),
    owner_type     varchar(40)  not null,
    owner_id       bigint       not null,
    task_id        bigint       references task (id) on delete cascade,
    primary key (attachment_id, owner_type, owner_id)
);
create index attachment_link_owner_idx on attachment_link (owner_type, owner_id);
create index attachment_link_task_idx on attachment_link (task_id);
