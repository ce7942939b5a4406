-- Approving a section now closes the open review notes of its round (ReviewNotes.closeWithApproval).
-- Sections approved before that still showed "(2 open)": their notes are closed as if with the
-- approval, by whoever last moved the section, at the time it was approved.
update review_notes
   set resolved_by = (select s.last_changed_by from sections s where s.id = review_notes.section_id),
       resolved_at = (select s.state_changed_at from sections s where s.id = review_notes.section_id)
 where resolved_at is null
   and kind <> 'ANSWER'
   and section_id in (select id from sections where state = 'APPROVED');
