-- Issue 15: a review note may be about a passage of the section's Markdown. The range follows
-- the passage through the writer's edits; the quote is the passage as the editor selected it,
-- kept to show when the passage is gone.
alter table review_notes add column passage_start integer;
alter table review_notes add column passage_end integer;
alter table review_notes add column passage_quote varchar(500);
alter table review_notes add column passage_gone boolean default false not null;
