-- Issue 13: a message asking an editor to review leads to the review screen, not to the writer's
-- editor. Until now every section message led to the editor; the ones sent to reviewers are the
-- submissions and the changes after approval.
alter table inbox_messages add column for_review boolean default false not null;

update inbox_messages set for_review = true
 where section_id is not null
   and (text like '% submitted % for review.' or text like '% changed the approved text of %');
