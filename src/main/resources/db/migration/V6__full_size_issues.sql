-- Issue 11: a full-size issue releases whole. Every format of an edition, and the sentences that
-- can list a whole issue's problems, move to text: no small cap. Plain SQL that runs on H2 (2.x)
-- and on PostgreSQL: PostgreSQL's text is unbounded (up to 1 GB); H2 2.x takes text as a
-- character varying of up to 1,000,000,000 characters. Both report it as VARCHAR, so the entities
-- keep plain String fields and Hibernate's validation passes on both.
-- The real limit of an issue is the release check IssueSize.MAX (ten sections of 100,000
-- characters), said in a sentence before release, never by the database.
alter table editions alter column markdown set data type text;
alter table editions alter column html set data type text;
alter table editions alter column email_html set data type text;
alter table editions alter column plain_text set data type text;

-- A scheduled release that fails its checks says why on the issue and in the audit trail: the
-- sentence lists every problem of every section, which can run past 4,000 characters.
alter table issues alter column schedule_cancelled_reason set data type text;
alter table audit_events alter column note set data type text;
