-- Failed sign-ins, per account and per address, so repeated guessing is slowed down and then
-- refused for a while. In the database, not in memory, so every node of a cluster sees them.
create table sign_in_failures (
    subject         varchar(300) not null primary key,
    failures        int          not null,
    last_failure_at timestamp(6) with time zone not null,
    locked_until    timestamp(6) with time zone
);
