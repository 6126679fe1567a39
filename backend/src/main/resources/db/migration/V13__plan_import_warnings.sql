-- What the importer could not read, or read only by repairing or guessing, kept on the imported plan
-- until an editor dismisses each one (issue #23).
create table plan_import_warning (
    id            bigserial     primary key,
    plan_id       bigint        not null references plan (id) on delete cascade,
    seq           integer       not null,
    line          integer       not null,
    field         varchar(30)   not null,
    message       varchar(1000) not null,
    source_text   varchar(500),
    created_at    timestamptz   not null default now(),
    dismissed_at  timestamptz,
    dismissed_by  varchar(100)
);
-- the plan's open warnings in order (the editor's list), and all of them (includeDismissed)
create index plan_import_warning_plan_idx on plan_import_warning (plan_id, seq);
create index plan_import_warning_open_idx on plan_import_warning (plan_id, seq) where dismissed_at is null;
