package org.masthead.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.section.ReviewNotes;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.section.ui.SectionEditorView;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The review screen takes a selected passage and a note; the writer's preview marks the passage. */
class PassageNotesViewTest extends KaribuTest {

    static final String BODY = "The minister spoke on Tuesday.\n\nShe promised **new rules** for the ports.";

    @Autowired
    SectionWorkflow workflow;
    @Autowired
    ReviewNotes notes;

    private long inReview() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.draft(id, "wendy", BODY);
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> workflow.submit(id));
        return id;
    }

    @Test
    void an_editor_comments_on_a_selected_passage_and_sees_it_marked_with_the_note_quoting_it() {
        long id = inReview();
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, id);

        // What the page's script reports when erin selects the words and clicks "Comment on selection".
        _get(PassageNoteForm.class).selected("promised new rules", 6, true);
        assertThat(textOf(_get(Paragraph.class, spec -> spec.withId("passage-quote")))).isEqualTo("On \u201cpromised new rules\u201d:");
        _setValue(_get(TextArea.class, spec -> spec.withId("passage-note")), "Which rules? Name them.");
        _click(anyById(Button.class, "add-passage-note"));

        assertThat(notificationTexts()).contains("Note added on the passage. Wendy Writer sees it marked in the text.");
        String rendered = htmlIn(_get(Div.class, spec -> spec.withId("rendered")));
        assertThat(rendered).contains("<mark class=\"passage\" data-note=\"")
                .containsPattern("<mark [^>]+>promised </mark><strong><mark [^>]+>new rules</mark></strong>");
        assertThat(textOf(_get(Div.class, spec -> spec.withId("notes"))))
                .contains("Erin Editor commented on a passage")
                .contains("Line 3 of the Markdown")
                .contains("On \u201cpromised new rules\u201d: Which rules? Name them.");
        assertThat(anyById(TextArea.class, "passage-note").isVisible()).isFalse();
        assertThat(desk.stateOf(id)).isEqualTo(SectionState.IN_REVIEW);
    }

    @Test
    void a_selection_beyond_the_text_or_no_selection_is_refused_in_a_sentence_and_nothing_is_asked() {
        long id = inReview();
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, id);
        PassageNoteForm form = _get(PassageNoteForm.class);

        form.selected("Topics of the Week The minister", 0, false);
        assertThat(textOf(form)).contains("Select words within the section's text only: the selection reaches beyond it.");
        form.selected("", 0, true);
        assertThat(textOf(form)).contains("Nothing is selected. Select words of the section's text, then comment on them.");

        assertThat(anyById(TextArea.class, "passage-note").isVisible()).isFalse();
        assertThat(Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.of(id))).isEmpty();
    }

    @Test
    void the_editor_who_wrote_the_section_is_not_offered_to_comment_on_it() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "eddie", SectionState.IN_REVIEW);
        login("eddie", Role.WRITER, Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, id);

        assertThat(_find(PassageNoteForm.class)).allMatch(form -> !form.isVisible());
    }

    @Test
    void the_writer_sees_the_passage_marked_in_the_preview_and_its_line_beside_the_note() {
        long id = inReview();
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.notePassage(id, "promised new rules", 6, "Which rules?"));
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.returnToWriter(id, "See my note on the rules."));
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(SectionEditorView.class, id);

        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("preview"))))
                .containsPattern("<mark [^>]+>promised </mark><strong><mark [^>]+>new rules</mark></strong>");
        assertThat(textOf(_get(Div.class, spec -> spec.withId("notes"))))
                .contains("On \u201cpromised new rules\u201d: Which rules?");
        assertThat(_find(Button.class, spec -> spec.withText("Line 3 of the Markdown"))).hasSize(1);

        // Typing before the passage: the mark stays on its words before anything is saved.
        _setValue(_get(TextArea.class, spec -> spec.withId("body")), "Breaking. " + BODY);
        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("preview"))))
                .containsPattern("<mark [^>]+>promised </mark><strong><mark [^>]+>new rules</mark></strong>");
    }
}
