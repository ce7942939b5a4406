package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.section.Autosaves;
import org.masthead.section.EditorPresence;
import org.masthead.section.ReviewNotes;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor side of "nothing typed is ever lost", and whose company you are in. */
class NeverLoseAnEditTest extends KaribuTest {

    @Autowired
    SectionService sections;
    @Autowired
    Autosaves autosaves;
    @Autowired
    EditorPresence presence;
    @Autowired
    ReviewNotes notes;

    private long wendysDraft() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.DRAFT);
        return id;
    }

    private TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("body"));
    }

    @Test
    void typing_is_autosaved_and_offered_back_after_the_session_is_lost() {
        long id = wendysDraft();
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, id);
        _setValue(body(), "Words typed just before the browser crashed.");

        MockVaadin.tearDown();      // the browser is gone, and its session with it
        setUpVaadin();
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, id);

        assertThat(anyById(com.vaadin.flow.component.html.Div.class, "autosave-offer").isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("autosave-restore")));
        assertThat(body().getValue()).isEqualTo("Words typed just before the browser crashed.");
        assertThat(desk.section(id).getBody()).isEqualTo("Some **text** for wendy.");
    }

    @Test
    void when_someone_saved_in_between_both_versions_are_shown_and_mine_can_be_kept() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        login("eddie", Role.EDITOR, Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, id);
        _setValue(body(), "Eddie's copy-edit.");
        Desk.as("erin", Desk.roles(Role.EDITOR),
                () -> sections.saveBody(id, "Erin's copy-edit.", desk.section(id).getVersion()));
        login("eddie", Role.EDITOR, Role.WRITER);

        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(_get(TextArea.class, spec -> spec.withId("conflict-theirs")).getValue()).isEqualTo("Erin's copy-edit.");
        assertThat(_get(TextArea.class, spec -> spec.withId("conflict-mine")).getValue()).isEqualTo("Eddie's copy-edit.");
        assertThat(desk.section(id).getBody()).isEqualTo("Erin's copy-edit.");

        _click(_get(Button.class, spec -> spec.withId("conflict-keep-mine")));

        assertThat(desk.section(id).getBody()).isEqualTo("Eddie's copy-edit.");
    }

    @Test
    void the_editor_says_who_else_has_the_section_open_and_follows_them_live() {
        long id = wendysDraft();
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, id);

        Runnable annaLeaves = presence.join(id, new EditorPresence.Visitor("anna", "Anna", others -> { }));
        MockVaadin.clientRoundtrip();
        assertThat(_get(Span.class, spec -> spec.withId("presence")).getText()).isEqualTo("Also here: Anna");

        annaLeaves.run();
        MockVaadin.clientRoundtrip();
        assertThat(anyById(Span.class, "presence").getText()).isEmpty();
    }

    @Test
    void the_writer_sees_open_notes_first_and_marks_them_resolved() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.RETURNED);
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, id);
        long noteId = Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.of(id)).get(0).getId();

        assertThat(textOf(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("notes"))))
                .contains("Review notes (1 open)");
        _click(_get(Button.class, spec -> spec.withId("resolve-" + noteId)));

        assertThat(Desk.as("wendy", Desk.roles(Role.WRITER), () -> notes.of(id)).get(0).isOpen()).isFalse();
        assertThat(textOf(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("notes"))))
                .contains("resolved by Wendy Writer");
    }

    @Test
    void submitting_says_who_was_told() {
        long id = wendysDraft();
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, id);

        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Submitted.") && t.contains("have been told"));
    }
}
