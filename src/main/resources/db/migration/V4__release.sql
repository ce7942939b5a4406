-- Release: frozen editions in every format, corrections, scheduled releases, back issues.
-- Plain SQL that runs on H2 (2.x) and on PostgreSQL.

-- The issue remembers a schedule, why a schedule was cancelled (the publisher is shown this),
-- when it was last corrected, and the standing footer it went out with (frozen at release;
-- an imported back issue keeps the footer it had).
alter table issues add column scheduled_for timestamp(6) with time zone;
alter table issues add column schedule_cancelled_reason varchar(4000);
alter table issues add column schedule_cancelled_at timestamp(6) with time zone;
alter table issues add column corrected_at timestamp(6) with time zone;
alter table issues add column footer varchar(4000);

-- An edition holds every format readers get, each with its hash, and is never updated.
-- first_released_at orders the archive (a correction keeps its issue's place);
-- stored_at is when the row was made (Last-Modified: an imported back issue is dated in the past).
alter table editions add column email_html varchar(1000000) default '' not null;
alter table editions add column plain_text varchar(1000000) default '' not null;
alter table editions add column email_hash varchar(64) default '' not null;
alter table editions add column text_hash varchar(64) default '' not null;
alter table editions add column markdown_hash varchar(64) default '' not null;
alter table editions add column correction_note varchar(4000);
alter table editions add column first_released_at timestamp(6) with time zone;
alter table editions add column stored_at timestamp(6) with time zone;
update editions set first_released_at = released_at, stored_at = released_at;
create index editions_first_released on editions (first_released_at);

-- db-scheduler's table (its documented PostgreSQL schema, with varchar keys so H2 accepts them).
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(200) not null,
    task_data            bytea,
    execution_time       timestamp(6) with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(200),
    last_success         timestamp(6) with time zone,
    last_failure         timestamp(6) with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp(6) with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_time on scheduled_tasks (priority desc, execution_time asc);
