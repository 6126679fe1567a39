-- Machine clients (the bureau portal, reporting scripts): OAuth2 client credentials, scoped to an
-- organisation's subtree and to named scopes.
create table api_client (
    id               bigserial primary key,
    client_id        varchar(64)   not null,
    name             varchar(200)  not null,
    organization_id  bigint        not null references organization (id),
    scopes           varchar(500)  not null,
    secret_hash      varchar(200)  not null,
    active           boolean       not null default true,
    created_by       bigint,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint api_client_client_id_uk unique (client_id)
);
create index api_client_org_idx on api_client (organization_id);
