create table webhook (
    id            bigserial primary key,
    url           varchar(1000) not null,
    event_types   varchar(1000) not null,
    secret        varchar(200)  not null,
    active        boolean       not null default true,
    owner_org_id  bigint        not null references organization (id),
    created_by    bigint,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now()
);
create index webhook_owner_idx on webhook (owner_org_id);

-- The outbox: written in the same transaction as the change it announces.
create table webhook_delivery (
    id               uuid          primary key,
    webhook_id       bigint        not null references webhook (id) on delete cascade,
    audit_event_id   bigint        not null,
    event_type       varchar(100)  not null,
    payload          text          not null,
    status           varchar(20)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null default now(),
    last_status      integer,
    last_error       varchar(500),
    created_at       timestamptz   not null default now(),
    delivered_at     timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at desc);
