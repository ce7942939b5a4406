-- "Forgot password": Spring Security's one-time tokens (JdbcOneTimeTokenService's own table, in
-- portable SQL), in the database so a link mailed by one node is honoured by every node. A token is
-- a random UUID (122 random bits), valid once and for a short while; a consumed token is deleted.
create table one_time_tokens (
    token_value varchar(36)                 not null primary key,
    username    varchar(60)                 not null,
    expires_at  timestamp(6) with time zone not null
);
create index one_time_tokens_by_expiry on one_time_tokens (expires_at);

-- Requests for a link, counted per address (or username) and per client in a window, like
-- sign_up_attempts: nobody can mail-bomb a colleague or probe the desk in bulk. The address is kept
-- only as a SHA-256 hash.
create table password_reset_attempts (
    subject      varchar(120)                not null primary key,
    window_start timestamp(6) with time zone not null,
    attempts     int                         not null
);
create index password_reset_attempts_by_window on password_reset_attempts (window_start);
