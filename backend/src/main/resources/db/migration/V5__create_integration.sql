-- Idempotency-Key records per caller: a retry replays the first answer for 24 hours.
create table idempotency_record (
    caller        varchar(100)  not null,
    key           varchar(200)  not null,
    request_hash  varchar(64)   not null,
    status        integer,
    headers       jsonb,
    body          bytea,
    created_at    timestamptz   not null default now(),
    completed_at  timestamptz,
    primary key (caller, key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);

-- The change feed reads the audit trail; the writing transaction's id lets a reader skip events
-- whose transaction may still be running, so a cursor never jumps over a late commit.
alter table audit_event add column txid bigint;
alter table audit_event alter column txid set default txid_current();
