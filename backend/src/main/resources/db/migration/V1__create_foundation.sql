-- Organisations form a tree; "path" ('/1/5/23/') makes subtree and ancestor checks index lookups.
create table organization (
    id           bigserial primary key,
    code         varchar(64)   not null,
    name         varchar(200)  not null,
    type         varchar(20)   not null,
    parent_id    bigint        references organization (id),
    path         varchar(1000) not null,
    office_name  varchar(200),
    stage        varchar(20),
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    constraint organization_code_uk unique (code)
);
create index organization_parent_idx on organization (parent_id);
create index organization_path_idx on organization (path varchar_pattern_ops);
create index organization_type_idx on organization (type);

create table app_user (
    id              bigserial primary key,
    username        varchar(64)  not null,
    display_name    varchar(100) not null,
    password_hash   varchar(200) not null,
    organization_id bigint       not null references organization (id),
    roles           varchar(200) not null,
    active          boolean      not null default true,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create unique index app_user_username_uk on app_user (lower(username));
create index app_user_org_idx on app_user (organization_id);

-- Refresh tokens rotate; a family is every token descended from one login.
create table refresh_token (
    id          bigserial primary key,
    token_hash  varchar(64) not null,
    family_id   uuid        not null,
    user_id     bigint      not null references app_user (id),
    expires_at  timestamptz not null,
    rotated_at  timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz not null default now(),
    constraint refresh_token_hash_uk unique (token_hash)
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_user_idx on refresh_token (user_id);

-- Consecutive login failures per (lower-cased) username; shared by every replica.
create table login_throttle (
    username      varchar(64) primary key,
    failures      integer     not null,
    locked_until  timestamptz,
    updated_at    timestamptz not null default now()
);

create table audit_event (
    id              bigserial primary key,
    occurred_at     timestamptz   not null default now(),
    actor           varchar(64),
    actor_user_id   bigint,
    action          varchar(40)   not null,
    entity_type     varchar(40)   not null,
    entity_id       varchar(64),
    owner_org_path  varchar(1000),
    summary         varchar(500),
    details         jsonb
);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_actor_idx on audit_event (actor);
create index audit_event_owner_path_idx on audit_event (owner_org_path varchar_pattern_ops);

create table app_setting (
    key         varchar(100) primary key,
    value       text         not null,
    updated_at  timestamptz  not null default now()
);
