package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.base.WorkflowException;
import org.masthead.publishing.Schedules;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class SectionEditorViewTest extends KaribuTest {

    private static final LocalDateTime NEXT_WEEK = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusDays(7)
            .withHour(9).withMinute(0).withSecond(0).withNano(0);

    @Autowired
    Schedules schedules;

    @Test
    void the_preview_shows_the_rendered_markdown_as_the_writer_types() {
        long sectionId = draftOf("wendy");
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        _setValue(body(), "A **bold** claim and an *aside*. Then - a dash.");

        assertThat(htmlIn(preview())).contains("<strong>bold</strong>").contains("<em>aside</em>");
        assertThat(_get(Span.class, spec -> spec.withId("word-count")).getText()).isEqualTo("9 words");
    }

    @Test
    void the_preview_shows_typed_html_as_text_not_as_markup() {
        long sectionId = draftOf("wendy");
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        _setValue(body(), "Hello <script>alert(1)</script> <img src=x onerror=alert(2)>");

        assertThat(htmlIn(preview())).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void a_writer_saves_the_text_then_submits_it_for_review() {
        long sectionId = draftOf("wendy");
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        _setValue(body(), "First **draft**.");
        _click(button("save"));
        assertThat(desk.section(sectionId).getBody()).isEqualTo("First **draft**.");
        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.DRAFT);
        assertThat(notificationTexts()).contains("Saved.");

        _setValue(body(), "Second **draft**, sent without saving first.");
        _click(button("submit"));

        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.IN_REVIEW);
        assertThat(desk.section(sectionId).getBody()).isEqualTo("Second **draft**, sent without saving first.");
        assertThat(body().isReadOnly()).isTrue();
        assertThat(button("submit").isVisible()).isFalse();
    }

    @Test
    void submitting_an_empty_section_is_refused_and_leaves_it_a_draft() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.assign(sectionId, "wendy");
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        _setValue(body(), "   ");

        assertThatThrownBy(() -> _click(button("submit")))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("This section is empty. Write something before submitting it.");
        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.DRAFT);
    }

    @Test
    void a_writer_sees_the_editors_note_after_a_return() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.RETURNED);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        String thread = textOf(_get(Div.class, spec -> spec.withId("notes")));
        assertThat(thread).contains("Erin Editor returned it").contains("Please tighten the lede.");
        assertThat(body().isReadOnly()).isFalse();
        assertThat(button("submit").isVisible()).isTrue();
    }

    @Test
    void a_writer_cannot_edit_a_section_of_another_writer() {
        long sectionId = draftOf("walter");
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        assertThat(body().isReadOnly()).isTrue();
        assertThat(button("save").isVisible()).isFalse();
        assertThat(button("submit").isVisible()).isFalse();
    }

    @Test
    void a_writer_who_saves_her_approved_section_of_a_scheduled_issue_is_told_the_release_is_cancelled() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, NEXT_WEEK));
        long sectionId = desk.sectionIds(issueId).get(0);
        int number = desk.section(sectionId).getIssue().getNumber();
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        _setValue(body(), "A sharper first topic.");
        _click(button("save"));

        assertThat(desk.section(sectionId).getBody()).isEqualTo("A sharper first topic.");
        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.IN_REVIEW);
        assertThat(desk.section(sectionId).getIssue().isScheduled()).isFalse();
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .startsWith("Saved. It is back in review; ")
                .contains("Erin Editor").contains("Eddie Editor-Writer").contains(" have been told. The release of issue "
                        + number + " scheduled for ")
                .endsWith(" is cancelled until every section is approved again; Paula Publisher has been told."));
    }

    @Test
    void an_editor_who_saves_his_own_approved_section_hears_exactly_which_editor_was_told() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "eddie", SectionState.APPROVED);
        login("eddie", Role.WRITER, Role.EDITOR);
        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        _setValue(body(), "A sharper first topic.");
        _click(button("save"));

        assertThat(notificationTexts()).contains("Saved. It is back in review; Erin Editor has been told.");
    }

    private long draftOf(String writer) {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, writer, SectionState.DRAFT);
        return sectionId;
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("body"));
    }

    private static Div preview() {
        return _get(Div.class, spec -> spec.withId("preview"));
    }

    private static Button button(String id) {
        return anyById(Button.class, id);
    }
}
