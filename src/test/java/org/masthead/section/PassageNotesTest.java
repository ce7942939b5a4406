package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An editor comments on one sentence; the note follows the sentence through the writer's edits. */
class PassageNotesTest extends ServiceTest {

    static final String BODY = "The minister spoke on Tuesday.\n\nShe promised **new rules** for the ports. The ports were busy.";

    @Autowired
    ReviewNotes notes;
    @Autowired
    SectionWorkflow workflow;
    @Autowired
    SectionService sections;
    @Autowired
    AuditTrail audit;

    private long inReview() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.draft(id, "wendy", BODY);
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> workflow.submit(id));
        return id;
    }

    private ReviewNote noteAsErin(long id, String selected, int wordsBefore, String text) {
        return Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.notePassage(id, selected, wordsBefore, text));
    }

    private String passageOf(long id) {
        ReviewNote note = Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.of(id)).get(0);
        return note.passage().map(range -> range.of(desk.section(id).getBody())).orElse("(gone)");
    }

    private void writerSaves(long id, String body) {
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> sections.saveBody(id, body, desk.section(id).getVersion()));
    }

    @Test
    void an_editor_comments_on_one_sentence_and_the_note_points_at_its_markdown() {
        long id = inReview();

        ReviewNote note = noteAsErin(id, "She promised new rules for the ports.", 5, "Which ports?");

        assertThat(note.getKind()).isEqualTo(ReviewNote.Kind.PASSAGE);
        assertThat(note.isOpen()).isTrue();
        assertThat(note.getPassageQuote()).isEqualTo("She promised new rules for the ports.");
        assertThat(passageOf(id)).isEqualTo("She promised **new rules** for the ports");
        assertThat(note.passage().orElseThrow().lineIn(BODY)).isEqualTo(3);
        assertThat(desk.stateOf(id)).isEqualTo(SectionState.IN_REVIEW);
    }

    @Test
    void the_note_is_in_the_audit_trail_with_its_quote() {
        long id = inReview();
        noteAsErin(id, "spoke on Tuesday", 2, "Which Tuesday?");

        List<AuditEvent> trail = Desk.as("erin", Desk.roles(Role.EDITOR), () -> audit.ofSection(id));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.SECTION_PASSAGE_NOTED).singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("erin");
                    assertThat(e.getNote()).isEqualTo("On \u201cspoke on Tuesday\u201d: Which Tuesday?");
                });
    }

    @Test
    void of_two_equal_passages_the_selected_one_is_noted() {
        long id = inReview();
        noteAsErin(id, "The ports", 12, "Repeated.");
        assertThat(Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.of(id)).get(0).passage().orElseThrow().start())
                .isEqualTo(BODY.lastIndexOf("The ports"));
    }

    @Test
    void a_selection_that_is_not_in_the_text_is_refused_with_a_sentence_and_nothing_is_noted() {
        long id = inReview();
        assertThatThrownBy(() -> noteAsErin(id, "Topics of the Week The minister", 0, "Hm."))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("The selected words are not in this section's text as one passage. Select words within the "
                        + "section, as readers will see it, and try again.");
        assertThatThrownBy(() -> noteAsErin(id, "  ", 0, "Hm."))
                .hasMessage("Select a passage of the section's text first, then comment on it.");
        assertThatThrownBy(() -> noteAsErin(id, "spoke", 2, " "))
                .hasMessage("Write the note on the passage before adding it.");
        assertThat(Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.of(id))).isEmpty();
    }

    @Test
    void only_an_editor_other_than_the_writer_comments_and_only_while_the_section_is_in_review() {
        long id = inReview();
        assertThatThrownBy(() -> Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.notePassage(id, "spoke", 2, "Me?")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> notes.notePassage(id, "spoke", 2, "Me?")))
                .isInstanceOf(AccessDeniedException.class);

        long eddies = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(eddies, "eddie", SectionState.IN_REVIEW);
        assertThatThrownBy(() -> Desk.as("eddie", Desk.roles(Role.WRITER, Role.EDITOR),
                () -> notes.notePassage(eddies, "text", 1, "Mine.")))
                .isInstanceOf(WorkflowException.class).hasMessageStartingWith("You wrote this section");

        long draft = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(draft, "wendy", SectionState.DRAFT);
        assertThatThrownBy(() -> noteAsErin(draft, "text", 1, "Early."))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("Only a section in review can be commented on; this one is a draft.");
    }

    @Test
    void the_note_follows_its_sentence_when_the_writer_edits_before_inside_and_after_it() {
        long id = inReview();
        noteAsErin(id, "promised new rules for the ports", 6, "Which ports?");
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.returnToWriter(id, "See my note on the ports."));

        writerSaves(id, "On Monday, the minister spoke.\n\n" + BODY.substring(BODY.indexOf("She")));
        assertThat(passageOf(id)).isEqualTo("promised **new rules** for the ports");

        writerSaves(id, desk.section(id).getBody().replace("for the ports", "for the ports of Riga and Tallinn"));
        assertThat(passageOf(id)).isEqualTo("promised **new rules** for the ports");

        writerSaves(id, desk.section(id).getBody().replace("**new rules**", "**new and stricter rules**"));
        assertThat(passageOf(id)).isEqualTo("promised **new and stricter rules** for the ports");
        assertThat(desk.section(id).getBody()).endsWith("The ports were busy.");
    }

    @Test
    void when_its_sentence_is_deleted_the_note_says_so_and_keeps_its_quote() {
        long id = inReview();
        noteAsErin(id, "She promised new rules for the ports.", 5, "Which ports?");
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.returnToWriter(id, "See my note."));

        writerSaves(id, "The minister spoke on Tuesday.\n\nThe ports were busy.");

        ReviewNote note = Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.of(id)).get(0);
        assertThat(note.isPassageGone()).isTrue();
        assertThat(note.passage()).isEmpty();
        assertThat(note.getPassageQuote()).isEqualTo("She promised new rules for the ports.");
        assertThat(note.getBody()).isEqualTo("Which ports?");
    }

    @Test
    void a_note_on_a_passage_is_resolved_answered_and_closed_like_any_note_and_returning_still_needs_its_own_note() {
        long id = inReview();
        noteAsErin(id, "spoke on Tuesday", 2, "Which Tuesday?");
        assertThatThrownBy(() -> Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.returnToWriter(id, "")))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("Say what the writer should change: a note is required to return a section.");

        Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.answer(id, "The 3rd."));
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.approve(id));

        assertThat(Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.of(id))).filteredOn(ReviewNote::isOpen).isEmpty();
    }
}
