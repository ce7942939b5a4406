package org.masthead.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.base.WorkflowException;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends KaribuTest {

    @Autowired
    SectionWorkflow workflow;

    @Test
    void an_editor_sees_the_section_rendered_as_readers_will() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReviewView.class, sectionId);

        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("rendered")))).contains("<strong>text</strong>");
    }

    @Test
    void an_editor_returns_a_section_with_a_note() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, sectionId);

        _setValue(note(), "Name your sources, please.");
        _click(button("return"));

        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.RETURNED);
        assertThat(textOf(_get(Div.class, spec -> spec.withId("notes")))).contains("Name your sources, please.");
        assertThat(notificationTexts()).contains("Returned to Wendy Writer with your note. Wendy Writer has been told.");
    }

    @Test
    void returning_without_a_note_is_refused_with_a_clear_message_and_leaves_the_section_in_review() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, sectionId);

        _setValue(note(), "  ");
        Throwable refusal = catchThrowable(() -> _click(button("return")));

        assertThat(refusal).isInstanceOf(WorkflowException.class)
                .hasMessage("Say what the writer should change: a note is required to return a section.");
        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.IN_REVIEW);
        // In the browser the session's error handler puts the refusal on screen: the same sentence.
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refusal));
        assertThat(notificationTexts())
                .contains("Say what the writer should change: a note is required to return a section.");
    }

    @Test
    void a_refused_return_keeps_the_typed_note() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, sectionId);
        _setValue(note(), "Name your sources, please.");
        // Another editor approves it meanwhile: a section that is approved cannot be returned.
        Desk.as("eddie", Desk.roles(Role.EDITOR), () -> workflow.approve(sectionId));

        Throwable refusal = catchThrowable(() -> _click(button("return")));

        assertThat(refusal).isInstanceOf(WorkflowException.class).hasMessageContaining("approved");
        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.APPROVED);
        assertThat(note().getValue()).isEqualTo("Name your sources, please.");
    }

    @Test
    void an_editor_approves_a_section() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, sectionId);

        _click(button("approve"));

        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.APPROVED);
        assertThat(button("approve").isVisible()).isFalse();
        assertThat(button("reopen").isVisible()).isTrue();
    }

    @Test
    void the_writer_of_a_section_is_not_offered_approve_or_return_and_is_told_who_may_approve_it() {
        long sectionId = sectionInReviewBy("eddie");
        login("eddie", Role.EDITOR, Role.WRITER);

        UI.getCurrent().navigate(ReviewView.class, sectionId);

        assertThat(button("approve").isVisible()).isFalse();
        assertThat(button("return").isVisible()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("who-decides")).getText())
                .isEqualTo("You wrote this section; another editor must approve it: Erin Editor.");
    }

    @Test
    void the_writer_of_a_section_is_told_when_no_other_editor_could_approve_it() {
        long sectionId = sectionInReviewBy("eddie");
        desk.jdbc().update("update users set active = false where username = 'erin'");
        login("eddie", Role.EDITOR, Role.WRITER);

        UI.getCurrent().navigate(ReviewView.class, sectionId);

        assertThat(button("approve").isVisible()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("who-decides")).getText())
                .isEqualTo("You wrote this section; another editor must approve it, and there is no other active editor.");
    }

    @Test
    void the_service_still_refuses_the_writer_who_approves_anyway() {
        long sectionId = sectionInReviewBy("eddie");
        login("eddie", Role.EDITOR, Role.WRITER);
        UI.getCurrent().navigate(ReviewView.class, sectionId);

        assertThatThrownBy(() -> workflow.approve(sectionId)).isInstanceOf(WorkflowException.class)
                .hasMessage("You wrote this section; another editor must approve it: Erin Editor.");
        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.IN_REVIEW);
    }

    @Test
    void a_writer_cannot_open_the_review_screen() {
        long sectionId = sectionInReviewBy("wendy");
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(ReviewView.class, sectionId);

        assertRefused(ReviewView.class);
    }

    @Test
    void leaving_with_a_note_typed_and_not_sent_asks_first_and_staying_keeps_it() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, sectionId);
        _setValue(note(), "The second paragraph needs a source.");

        UI.getCurrent().navigate(DeskView.class);

        assertThat(currentView()).isInstanceOf(ReviewView.class);
        assertThat(confirmationText()).contains("Your note to the writer is not sent yet");
        cancel();
        assertThat(currentView()).isInstanceOf(ReviewView.class);
        assertThat(note().getValue()).isEqualTo("The second paragraph needs a source.");

        UI.getCurrent().navigate(DeskView.class);
        confirm();
        assertThat(currentView()).isInstanceOf(DeskView.class);
        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.IN_REVIEW);
    }

    @Test
    void leaving_after_the_note_went_with_a_decision_asks_nothing() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, sectionId);
        _setValue(note(), "Name your sources, please.");
        _click(button("return"));

        UI.getCurrent().navigate(DeskView.class);

        assertThat(currentView()).isInstanceOf(DeskView.class);
    }

    @Test
    void another_editors_decision_redraws_the_screen_of_an_editor_who_is_not_writing_a_note() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, sectionId);

        CompletableFuture.runAsync(() -> Desk.as("eddie", Desk.roles(Role.EDITOR), () -> workflow.approve(sectionId))).join();

        awaitPush(() -> button("reopen").isVisible());
        assertThat(button("approve").isVisible()).isFalse();
        assertThat(anyById(Paragraph.class, "changed-meanwhile").isVisible()).isFalse();
    }

    @Test
    void another_editors_decision_leaves_a_note_being_typed_alone_and_says_what_changed() {
        long sectionId = sectionInReviewBy("wendy");
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, sectionId);
        _setValue(note(), "The second paragraph needs a source.");

        CompletableFuture.runAsync(() -> Desk.as("eddie", Desk.roles(Role.EDITOR), () -> workflow.approve(sectionId))).join();

        Paragraph notice = anyById(Paragraph.class, "changed-meanwhile");
        awaitPush(notice::isVisible);
        assertThat(notice.getElement().getTextRecursively())
                .startsWith("Changed meanwhile by Eddie Editor-Writer: now approved. Your note stays as you typed it.");
        assertThat(note().getValue()).isEqualTo("The second paragraph needs a source.");
        assertThat(button("approve").isVisible()).as("the screen is not redrawn under her").isTrue();

        _click(button("show-change"));

        assertThat(button("reopen").isVisible()).isTrue();
        assertThat(notice.isVisible()).isFalse();
        assertThat(note().getValue()).isEqualTo("The second paragraph needs a source.");
    }

    /** Lets the pushed refreshes run (Karibu holds the session, as a request would) until the condition holds. */
    private static void awaitPush(Callable<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            MockVaadin.runUIQueue();
            return condition.call();
        });
    }

    private long sectionInReviewBy(String writer) {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, writer, SectionState.IN_REVIEW);
        return sectionId;
    }

    private static TextArea note() {
        return _get(TextArea.class, spec -> spec.withId("note"));
    }

    private static Button button(String id) {
        return anyById(Button.class, id);
    }
}
