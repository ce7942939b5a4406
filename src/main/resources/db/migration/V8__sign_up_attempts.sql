-- Sign-ups from the archive's form, counted per address and per client in a window (an hour by
-- default), so nobody can mail-bomb an address or flood the list. In the database, not in memory,
-- so every node counts the same attempts. An address is kept only as a SHA-256 hash: an attempt
-- is not consent, and the address of someone who never confirmed has no business being stored.
create table sign_up_attempts (
    -- "address:" and the hash of the address, or "client:" and the client's network address
    subject      varchar(120) not null primary key,
    window_start timestamp(6) with time zone not null,
    attempts     int          not null
);
create index sign_up_attempts_by_window on sign_up_attempts (window_start);
