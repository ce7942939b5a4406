-- Passkeys (WebAuthn), in Spring Security's own tables (JdbcPublicKeyCredentialUserEntityRepository,
-- JdbcUserCredentialRepository), so that every node knows every person's passkeys. Spring's schema
-- (user-entities-schema.sql, user-credentials-schema-postgres.sql) with bytea for the binary columns:
-- PostgreSQL's type, and an alias of VARBINARY in H2; both read and write it with get/setBytes.

-- The WebAuthn identity of a desk person: a random handle (base64url) for their username.
create table user_entities
(
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    primary key (id)
);

create unique index user_entities_name on user_entities (name);

-- One row per passkey: its public key, its signature counter, its label, when it was made and last used.
create table user_credentials
(
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

create index user_credentials_user on user_credentials (user_entity_user_id);
