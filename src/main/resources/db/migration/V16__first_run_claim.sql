-- The first run of a new desk, claimed once: the row's key can only be 1, so of two first runs at the
-- same moment (two browsers, two nodes) the database lets one commit and refuses the other's insert.
create table first_run (
    only_one   int          not null primary key check (only_one = 1),
    username   varchar(60)  not null,
    claimed_at timestamp(6) with time zone not null
);
