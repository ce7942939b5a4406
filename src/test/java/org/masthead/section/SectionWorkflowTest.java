package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.section.SectionState.APPROVED;
import static org.masthead.section.SectionState.DRAFT;
import static org.masthead.section.SectionState.IN_REVIEW;
import static org.masthead.section.SectionState.RETURNED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.issue.IssueStatus;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class SectionWorkflowTest extends ServiceTest {

    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;
    @Autowired
    SectionPlanning planning;
    @Autowired
    ReviewNotes notes;
    @Autowired
    AuditTrail audit;

    private long draftOf(String writer) {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.assign(id, writer);
        return id;
    }

    @Test
    void an_empty_section_cannot_be_submitted() {
        long id = draftOf("wendy");
        Desk.signIn("wendy", Role.WRITER);
        sections.saveBody(id, "  \n\n   ", desk.section(id).getVersion());

        assertThatThrownBy(() -> workflow.submit(id)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("empty");
        assertThat(desk.stateOf(id)).isEqualTo(DRAFT);
        assertThat(sections.revisionsOf(id)).isEmpty();
    }

    @Test
    void submitting_keeps_a_revision_of_exactly_the_submitted_text() {
        long id = draftOf("wendy");
        Desk.signIn("wendy", Role.WRITER);
        sections.saveBody(id, "First *words*.", desk.section(id).getVersion());

        workflow.submit(id);

        assertThat(desk.stateOf(id)).isEqualTo(IN_REVIEW);
        assertThat(sections.revisionsOf(id)).extracting(Revision::getBody, Revision::getReason, Revision::getAuthor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("First *words*.", Revision.Reason.SUBMIT, "wendy"));
    }

    @Test
    void returning_without_a_note_is_refused_and_the_section_stays_in_review() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);

        assertThatThrownBy(() -> workflow.returnToWriter(id, "   ")).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("note is required");
        assertThat(desk.stateOf(id)).isEqualTo(IN_REVIEW);
        assertThat(notes.of(id)).isEmpty();
    }

    @Test
    void a_returned_section_carries_the_editors_note_and_the_writer_can_answer_it() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);
        workflow.returnToWriter(id, "Cut the second paragraph.");

        Desk.signIn("wendy", Role.WRITER);
        notes.answer(id, "Done, and I moved the quote up.");

        assertThat(desk.stateOf(id)).isEqualTo(RETURNED);
        assertThat(notes.of(id)).extracting(ReviewNote::getKind, ReviewNote::getAuthor, ReviewNote::getBody)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewNote.Kind.RETURNED, "erin", "Cut the second paragraph."),
                        org.assertj.core.groups.Tuple.tuple(ReviewNote.Kind.ANSWER, "wendy", "Done, and I moved the quote up."));
    }

    @Test
    void a_returned_section_can_be_revised_and_resubmitted() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", RETURNED);
        Desk.signIn("wendy", Role.WRITER);

        sections.saveBody(id, "Tighter text.", desk.section(id).getVersion());
        workflow.submit(id);

        assertThat(desk.stateOf(id)).isEqualTo(IN_REVIEW);
        assertThat(sections.revisionsOf(id)).extracting(Revision::getBody).last().isEqualTo("Tighter text.");
    }

    @Test
    void reopening_an_approved_section_needs_a_reason_and_sends_it_back_to_the_writer() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", APPROVED);
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> workflow.reopen(id, "")).isInstanceOf(WorkflowException.class);
        assertThat(desk.stateOf(id)).isEqualTo(APPROVED);

        workflow.reopen(id, "The figures changed this morning.");
        assertThat(desk.stateOf(id)).isEqualTo(RETURNED);
        assertThat(notes.of(id)).extracting(ReviewNote::getKind).containsExactly(ReviewNote.Kind.REOPENED);
    }

    @Test
    void a_section_in_draft_cannot_be_approved_or_returned() {
        long id = draftOf("wendy");
        Desk.signIn("erin", Role.EDITOR);

        assertThatThrownBy(() -> workflow.approve(id)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> workflow.returnToWriter(id, "Why?")).isInstanceOf(WorkflowException.class);
        assertThat(desk.stateOf(id)).isEqualTo(DRAFT);
    }

    @Test
    void an_editor_cannot_approve_a_section_they_wrote() {
        long id = draftOf("eddie");
        desk.bringTo(id, "eddie", IN_REVIEW);
        Desk.signIn("eddie", Role.EDITOR, Role.WRITER);

        assertThatThrownBy(() -> workflow.approve(id)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("another editor");
        assertThat(desk.stateOf(id)).isEqualTo(IN_REVIEW);
    }

    @Test
    void a_save_from_an_outdated_version_is_refused_and_the_first_save_stays() {
        long id = draftOf("wendy");
        long version = desk.section(id).getVersion();
        Desk.signIn("wendy", Role.WRITER);
        sections.saveBody(id, "Saved from the laptop.", version);

        assertThatThrownBy(() -> sections.saveBody(id, "Saved from the phone.", version))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Someone else saved");
        assertThat(desk.section(id).getBody()).isEqualTo("Saved from the laptop.");
    }

    @Test
    void an_editors_copy_edit_during_review_is_kept_as_a_revision() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);

        sections.saveBody(id, "Copy-edited text.", desk.section(id).getVersion());

        assertThat(sections.revisionsOf(id)).extracting(Revision::getReason, Revision::getBody).last()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple(Revision.Reason.EDITOR_SAVE, "Copy-edited text."));
    }

    @Test
    void a_body_over_the_limit_is_refused_with_its_size_and_nothing_is_saved() {
        long id = draftOf("wendy");
        Desk.signIn("wendy", Role.WRITER);
        String huge = "x".repeat(Section.BODY_MAX + 1);

        assertThatThrownBy(() -> sections.saveBody(id, huge, desk.section(id).getVersion()))
                .isInstanceOf(WorkflowException.class).hasMessageContaining(String.valueOf(Section.BODY_MAX + 1));
        assertThat(desk.section(id).getBody()).isEmpty();
    }

    @Test
    void every_change_of_state_is_in_the_audit_trail_with_who_from_to_and_note() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", RETURNED);
        Desk.signIn("erin", Role.EDITOR);

        List<AuditEvent> trail = audit.ofSection(id);

        assertThat(trail).filteredOn(e -> e.getToState() != null)
                .extracting(AuditEvent::getActor, AuditEvent::getAction, AuditEvent::getFromState, AuditEvent::getToState)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("wendy", AuditAction.SECTION_SUBMITTED, "DRAFT", "IN_REVIEW"),
                        org.assertj.core.groups.Tuple.tuple("erin", AuditAction.SECTION_RETURNED, "IN_REVIEW", "RETURNED"));
        assertThat(trail).filteredOn(e -> e.getAction().equals(AuditAction.SECTION_RETURNED))
                .extracting(AuditEvent::getNote).containsExactly("Please tighten the lede.");
    }

    @Test
    void an_issue_is_ready_once_every_kept_section_is_approved() {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "wendy", APPROVED);
        desk.bringTo(ids.get(2), "wendy", APPROVED);
        Desk.signIn("erin", Role.EDITOR);
        assertThat(sections.progressOf(issueId).status()).isEqualTo(IssueStatus.PLANNING);

        planning.drop(ids.get(1));   // the optional joke this week

        IssueProgress progress = sections.progressOf(issueId);
        assertThat(progress.status()).isEqualTo(IssueStatus.READY);
        assertThat(progress.label()).isEqualTo("2 / 2 approved");
    }

    @Test
    void a_required_section_cannot_be_dropped() {
        long issueId = desk.newIssue();
        long required = desk.sectionIds(issueId).get(0);
        Desk.signIn("erin", Role.EDITOR);

        assertThatThrownBy(() -> planning.drop(required)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("required");
        assertThat(desk.section(required).isDropped()).isFalse();
    }

    @Test
    void sections_can_be_reordered_and_added() {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        Desk.signIn("erin", Role.EDITOR);

        planning.move(ids.get(2), -1);
        planning.add(issueId, "Reader Letters");

        assertThat(sections.sectionsOf(issueId)).extracting(Section::getHeading).containsExactly(
                Desk.HEADINGS.get(0), Desk.HEADINGS.get(2), Desk.HEADINGS.get(1), "Reader Letters");
        assertThatThrownBy(() -> planning.move(ids.get(0), -1)).isInstanceOf(WorkflowException.class);
    }

    @Test
    void approval_is_tied_to_the_exact_revision_the_editor_saw() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);
        sections.saveBody(id, "Copy-edited before approval.", desk.section(id).getVersion());

        workflow.approve(id);

        Section approved = desk.section(id);
        Revision last = sections.revisionsOf(id).get(sections.revisionsOf(id).size() - 1);
        assertThat(approved.getApprovedRevisionId()).isEqualTo(last.getId());
        assertThat(last.getBody()).isEqualTo("Copy-edited before approval.").isEqualTo(approved.getBody());
    }

    @Test
    void a_change_after_approval_sends_the_section_back_to_review_visibly() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", APPROVED);
        Desk.signIn("wendy", Role.WRITER);

        sections.saveBody(id, "A late fix of a typo.", desk.section(id).getVersion());

        Section section = desk.section(id);
        assertThat(section.getState()).isEqualTo(IN_REVIEW);
        assertThat(section.getApprovedRevisionId()).isNull();
        assertThat(sections.revisionsOf(id)).extracting(Revision::getReason).last()
                .isEqualTo(Revision.Reason.CHANGED_AFTER_APPROVAL);
        Desk.signIn("erin", Role.EDITOR);
        assertThat(audit.ofSection(id)).extracting(AuditEvent::getAction).last()
                .isEqualTo(AuditAction.SECTION_CHANGED_AFTER_APPROVAL);
        assertThat(sections.lastReviewed(id)).map(Revision::getBody).contains("Some **text** for wendy.");
    }

    @Test
    void saving_an_approved_section_unchanged_keeps_it_approved() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", APPROVED);
        Desk.signIn("wendy", Role.WRITER);

        sections.saveBody(id, desk.section(id).getBody(), desk.section(id).getVersion());

        assertThat(desk.stateOf(id)).isEqualTo(APPROVED);
    }

    @Test
    void the_review_after_a_return_compares_against_the_text_that_was_returned() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", RETURNED);
        Desk.signIn("wendy", Role.WRITER);
        sections.saveBody(id, "Some **text** for wendy, now with the date.", desk.section(id).getVersion());
        workflow.submit(id);

        assertThat(sections.lastReviewed(id)).map(Revision::getBody).contains("Some **text** for wendy.");
    }

    @Test
    void a_writer_can_mark_an_editors_note_resolved_but_not_someone_else() {
        long id = draftOf("wendy");
        desk.bringTo(id, "wendy", RETURNED);
        Desk.signIn("wendy", Role.WRITER);
        ReviewNote note = notes.of(id).get(0);

        notes.resolve(note.getId());

        assertThat(notes.of(id).get(0).isOpen()).isFalse();
        assertThat(notes.of(id).get(0).getResolvedBy()).isEqualTo("wendy");
        Desk.signIn("walter", Role.WRITER);
        assertThatThrownBy(() -> notes.resolve(note.getId())).isInstanceOf(WorkflowException.class);
    }
}
