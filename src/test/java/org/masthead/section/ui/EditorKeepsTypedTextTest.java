package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.section.Autosave;
import org.masthead.section.Autosaves;
import org.masthead.section.EditorPresence;
import org.masthead.section.ReviewNotes;
import org.masthead.section.Revision;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No action in the editor puts back the saved text over what the person typed: answering or
 * resolving a note, saving, submitting, a conflict choice, a refresh while typing, leaving.
 */
class EditorKeepsTypedTextTest extends EditorTesting {

    private static final String REVISION = "Tighter lede: the Riksbank held rates at 2%.";

    @Autowired
    SectionService sections;
    @Autowired
    Autosaves autosaves;
    @Autowired
    ReviewNotes notes;
    @Autowired
    EditorPresence presence;

    @Test
    void sending_an_answer_keeps_the_typed_revision_and_submit_then_sends_it() {
        long id = openReturnedAsWendy();
        _setValue(body(), REVISION);
        _setValue(textArea("answer"), "Done: the lede names the bank now.");

        _click(button("send-answer"));

        assertThat(notificationTexts()).contains("Answer sent to the editors.");
        assertThat(body().getValue()).isEqualTo(REVISION);
        assertThat(anyById(Div.class, "autosave-offer").isVisible()).isFalse();

        _click(button("submit"));

        assertThat(desk.stateOf(id)).isEqualTo(SectionState.IN_REVIEW);
        assertThat(lastSubmitted(id)).isEqualTo(REVISION);
        assertThat(body().getValue()).isEqualTo(REVISION);
    }

    @Test
    void marking_a_note_resolved_keeps_the_typed_revision() {
        long id = openReturnedAsWendy();
        long noteId = Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.of(id)).get(0).getId();
        _setValue(body(), REVISION);

        _click(button("resolve-" + noteId));

        assertThat(notificationTexts()).contains("Marked resolved.");
        assertThat(body().getValue()).isEqualTo(REVISION);
        assertThat(desk.section(id).getBody()).isEqualTo("Some **text** for wendy.");
    }

    @Test
    void text_typed_after_a_save_stays_through_the_next_action_and_is_what_the_next_save_keeps() {
        long id = openReturnedAsWendy();
        _setValue(body(), "Saved first.");
        _click(button("save"));
        assertThat(desk.section(id).getBody()).isEqualTo("Saved first.");
        assertThat(body().getValue()).isEqualTo("Saved first.");

        _setValue(body(), "Saved first. Then typed more.");
        _setValue(textArea("answer"), "Working on it.");
        _click(button("send-answer"));
        assertThat(body().getValue()).isEqualTo("Saved first. Then typed more.");

        _click(button("save"));
        assertThat(desk.section(id).getBody()).isEqualTo("Saved first. Then typed more.");
        assertThat(body().getValue()).isEqualTo("Saved first. Then typed more.");
    }

    @Test
    void submit_sends_exactly_the_text_in_the_box_even_when_another_window_saved_meanwhile() {
        long id = openDraftAsWendy();
        saveAsWendyElsewhere(id, "Saved from another window.");

        _click(button("submit"));

        // The box still holds the text it opened with; submitting the other window's text would
        // send something the person does not see, so both versions are shown instead.
        assertThat(desk.stateOf(id)).isEqualTo(SectionState.DRAFT);
        assertThat(textArea("conflict-theirs").getValue()).isEqualTo("Saved from another window.");
        assertThat(textArea("conflict-mine").getValue()).isEqualTo("Some **text** for wendy.");
        assertThat(body().getValue()).isEqualTo("Some **text** for wendy.");
    }

    @Test
    void submitting_typed_text_submits_it_and_shows_it() {
        long id = openDraftAsWendy();
        _setValue(body(), "Typed and submitted without a save.");

        _click(button("submit"));

        assertThat(lastSubmitted(id)).isEqualTo("Typed and submitted without a save.");
        assertThat(body().getValue()).isEqualTo("Typed and submitted without a save.");
        assertThat(body().isReadOnly()).isTrue();
    }

    @Test
    void keep_mine_in_the_conflict_dialog_saves_the_typed_text_and_keeps_it_in_the_box() {
        long id = openDraftAsWendy();
        _setValue(body(), "Mine, typed here.");
        saveAsWendyElsewhere(id, "Theirs, saved elsewhere.");
        _click(button("save"));

        _click(dialogButton("conflict-keep-mine"));

        assertThat(desk.section(id).getBody()).isEqualTo("Mine, typed here.");
        assertThat(body().getValue()).isEqualTo("Mine, typed here.");
    }

    @Test
    void take_theirs_in_the_conflict_dialog_loads_their_text_and_the_next_save_builds_on_it() {
        long id = openDraftAsWendy();
        _setValue(body(), "Mine, typed here.");
        saveAsWendyElsewhere(id, "Theirs, saved elsewhere.");
        _click(button("save"));

        _click(dialogButton("conflict-take-theirs"));

        assertThat(body().getValue()).isEqualTo("Theirs, saved elsewhere.");
        _setValue(body(), "Theirs, saved elsewhere. And one more line.");
        _click(button("save"));
        assertThat(desk.section(id).getBody()).isEqualTo("Theirs, saved elsewhere. And one more line.");
    }

    @Test
    void someone_joining_the_section_while_the_person_types_leaves_the_text_alone() {
        long id = openDraftAsWendy();
        _setValue(body(), "Half a sentence, still");

        Runnable annaLeaves = presence.join(id, new EditorPresence.Visitor("anna", "Anna", others -> { }));
        MockVaadin.clientRoundtrip();
        annaLeaves.run();
        MockVaadin.clientRoundtrip();

        assertThat(body().getValue()).isEqualTo("Half a sentence, still");
    }

    @Test
    void a_save_from_elsewhere_arriving_with_a_refresh_keeps_the_typed_text_and_says_so() {
        long id = openReturnedAsWendy();
        long noteId = Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.of(id)).get(0).getId();
        _setValue(body(), REVISION);
        saveAsWendyElsewhere(id, "Saved from another window.");

        _click(button("resolve-" + noteId));

        assertThat(body().getValue()).isEqualTo(REVISION);
        assertThat(_get(Paragraph.class, spec -> spec.withId("saved-meanwhile")).getText())
                .contains("saved a different version").contains("Your text stays here");

        _click(button("save"));
        assertThat(textArea("conflict-theirs").getValue()).isEqualTo("Saved from another window.");
        assertThat(textArea("conflict-mine").getValue()).isEqualTo(REVISION);
        assertThat(desk.section(id).getBody()).isEqualTo("Saved from another window.");
    }

    @Test
    void a_save_from_elsewhere_is_shown_when_nothing_was_typed() {
        long id = openReturnedAsWendy();
        long noteId = Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.of(id)).get(0).getId();
        saveAsWendyElsewhere(id, "Saved from another window.");

        _click(button("resolve-" + noteId));

        assertThat(body().getValue()).isEqualTo("Saved from another window.");
        assertThat(anyById(Paragraph.class, "saved-meanwhile").isVisible()).isFalse();
    }

    @Test
    void leaving_with_unsaved_text_keeps_it_and_says_so() {
        long id = openDraftAsWendy();
        _setValue(body(), "Typed, never saved, then I left.");

        UI.getCurrent().navigate("issues");

        assertThat(Desk.as("wendy", Desk.roles(Role.WRITER), () -> autosaves.pending(id)))
                .map(Autosave::getBody).contains("Typed, never saved, then I left.");
        assertThat(notificationTexts()).contains("Your unsaved text is kept; it will be offered when you come back.");
        assertThat(desk.section(id).getBody()).isEqualTo("Some **text** for wendy.");
    }

    @Test
    void leaving_with_nothing_unsaved_says_nothing() {
        openDraftAsWendy();

        UI.getCurrent().navigate("issues");

        assertThat(notificationTexts()).noneMatch(t -> t.contains("unsaved"));
    }

    @Test
    void leaving_with_an_answer_typed_and_not_sent_asks_first_and_staying_keeps_it() {
        long id = openReturnedAsWendy();
        _setValue(textArea("answer"), "Half an answer.");

        UI.getCurrent().navigate("issues");

        assertThat(currentView()).isInstanceOf(SectionEditorView.class);
        assertThat(confirmationText()).contains("Your answer to the editors is not sent yet");
        cancel();
        assertThat(currentView()).isInstanceOf(SectionEditorView.class);
        assertThat(textArea("answer").getValue()).isEqualTo("Half an answer.");

        UI.getCurrent().navigate("issues");
        assertThat(confirmLabel()).isEqualTo("Leave and discard it");
        confirm();
        assertThat(currentView()).isInstanceOf(IssuesView.class);
        assertThat(Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.of(id))).hasSize(1);
    }

    private long openReturnedAsWendy() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.RETURNED);
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, id);
        return id;
    }

    /** Wendy saves in another window (another tab, another machine): the version moves on. */
    private void saveAsWendyElsewhere(long id, String text) {
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> sections.saveBody(id, text, desk.section(id).getVersion()));
    }

    /** A button in a dialog: dialogs hang off the UI, where Karibu's locator finds them. */
    private static Button dialogButton(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private String lastSubmitted(long id) {
        List<Revision> revisions = Desk.as("erin", Desk.roles(Role.EDITOR), () -> sections.revisionsOf(id));
        return revisions.stream().filter(r -> r.getReason() == Revision.Reason.SUBMIT)
                .reduce((first, second) -> second).orElseThrow().getBody();
    }
}
