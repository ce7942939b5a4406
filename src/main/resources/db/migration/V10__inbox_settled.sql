-- Issue 13: an inbox that means something.
-- A TURN message asks its recipient to act; it is settled (leaves the count by itself) once the
-- work moved on: the section changed hands, was approved or dropped, or the issue was released.
-- NEWS (approved, released, ...) asks nothing and counts until read.
alter table inbox_messages add column kind varchar(10) default 'TURN' not null;
alter table inbox_messages add column settled_at timestamp(6) with time zone;

-- Messages already stored: settle what no longer needs anyone, as the listeners would have.
update inbox_messages set settled_at = current_timestamp
 where settled_at is null and issue_id in (select id from issues where released_at is not null);

-- A hand-over stores its messages after the section's state changed (same action), so a message
-- older than the section's last state change was about an earlier holder.
update inbox_messages set settled_at = current_timestamp
 where settled_at is null and section_id is not null
   and exists (select 1 from sections s where s.id = inbox_messages.section_id
                and (s.dropped or s.state = 'APPROVED' or s.state_changed_at > inbox_messages.created_at));

create index inbox_messages_needing on inbox_messages (recipient, read_at, settled_at);

-- One reminder per section and deadline, whichever node runs the job first: the primary key
-- makes a second reminder impossible, and a new deadline is a new key, so it reminds again.
create table deadline_reminders (
    section_id  bigint not null references sections (id) on delete cascade,
    deadline    date   not null,
    reminded_at timestamp(6) with time zone not null,
    primary key (section_id, deadline)
);
