-- Soft length ranges, in words, that a template slot suggests and each new section copies.
-- Null means open at that end. Plain SQL that runs on H2 (2.x) and on PostgreSQL.

alter table template_slots add column words_min int;
alter table template_slots add column words_max int;

alter table sections add column words_min int;
alter table sections add column words_max int;
