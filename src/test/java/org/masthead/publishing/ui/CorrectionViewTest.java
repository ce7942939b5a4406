package org.masthead.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class CorrectionViewTest extends KaribuTest {

    @Autowired
    ReleaseService releases;
    @Autowired
    Archive archive;

    @Test
    void a_publisher_corrects_a_section_with_a_note_and_is_taken_back_to_the_release_screen() {
        long issueId = desk.readyIssue();
        Edition first = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        long topics = desk.sectionIds(issueId).get(0);
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(CorrectionView.class, issueId);

        _setValue(_get(TextArea.class, spec -> spec.withId("correct-" + topics)), "The corrected topics.");
        _setValue(_get(TextArea.class, spec -> spec.withId("correction-note")), "The first topic had the wrong date.");
        _click(_get(Button.class, spec -> spec.withId("publish-correction")));
        assertThat(confirmLabel()).isEqualTo("Publish the correction of issue " + first.getIssueNumber());
        confirm();

        assertThat(archive.editionsOf(first.getIssueNumber())).extracting(Edition::getEditionNo).containsExactly(1, 2);
        assertThat(desk.section(topics).getBody()).isEqualTo("The corrected topics.");
        assertThat(notificationTexts()).contains("Correction published as edition 2. Readers find it at /archive/"
                + first.getIssueNumber() + "; earlier editions stay readable.");
        assertThat(currentView()).isInstanceOf(ReleaseView.class);
    }

    @Test
    void a_correction_is_mailed_to_subscribers_only_when_the_publisher_ticks_the_box() {
        long issueId = desk.readyIssue();
        Edition first = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        long topics = desk.sectionIds(issueId).get(0);
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(CorrectionView.class, issueId);
        assertThat(_get(Checkbox.class, spec -> spec.withId("mail-correction")).getValue()).isFalse();

        _setValue(_get(TextArea.class, spec -> spec.withId("correct-" + topics)), "The corrected topics.");
        _setValue(_get(TextArea.class, spec -> spec.withId("correction-note")), "The first topic had the wrong date.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("mail-correction")), true);
        _click(_get(Button.class, spec -> spec.withId("publish-correction")));
        assertThat(confirmationText()).contains("Every confirmed subscriber gets it by mail, marked as a correction.");
        confirm();

        assertThat(desk.jdbc().queryForList("select subject from mailings order by id", String.class))
                .containsExactly(first.getTitle(), "Correction: " + first.getTitle());
        assertThat(notificationTexts()).anyMatch(text -> text.endsWith("It is on its way to subscribers."));
    }

    @Test
    void publishing_a_correction_asks_first_and_cancel_publishes_nothing() {
        long issueId = desk.readyIssue();
        Edition first = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        long topics = desk.sectionIds(issueId).get(0);
        String body = desk.section(topics).getBody();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(CorrectionView.class, issueId);
        _setValue(_get(TextArea.class, spec -> spec.withId("correct-" + topics)), "The corrected topics.");
        _setValue(_get(TextArea.class, spec -> spec.withId("correction-note")), "The first topic had the wrong date.");

        _click(_get(Button.class, spec -> spec.withId("publish-correction")));
        assertThat(confirmationText()).startsWith("Publish a correction of issue " + first.getIssueNumber() + "?")
                .contains("\"A test issue\"", "new edition", "cannot be taken back");
        cancel();

        assertThat(archive.editionsOf(first.getIssueNumber())).extracting(Edition::getEditionNo).containsExactly(1);
        assertThat(desk.section(topics).getBody()).isEqualTo(body);
        assertThat(currentView()).isInstanceOf(CorrectionView.class);
    }

    @Test
    void leaving_with_a_correction_typed_and_not_published_asks_first_and_staying_keeps_it() {
        long issueId = desk.readyIssue();
        Edition first = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        long topics = desk.sectionIds(issueId).get(0);
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(CorrectionView.class, issueId);
        _setValue(_get(TextArea.class, spec -> spec.withId("correct-" + topics)), "The corrected topics.");

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(currentView()).isInstanceOf(CorrectionView.class);
        assertThat(confirmationText()).contains("Your correction is not sent yet");
        cancel();
        assertThat(_get(TextArea.class, spec -> spec.withId("correct-" + topics)).getValue()).isEqualTo("The corrected topics.");

        UI.getCurrent().navigate(ReleaseView.class, issueId);
        confirm();
        assertThat(currentView()).isInstanceOf(ReleaseView.class);
        assertThat(archive.editionsOf(first.getIssueNumber())).hasSize(1);
    }

    @Test
    void leaving_the_correction_screen_untouched_asks_nothing() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(CorrectionView.class, issueId);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(currentView()).isInstanceOf(ReleaseView.class);
    }

    @Test
    void the_correction_screen_of_an_issue_in_production_is_refused_with_the_reason() {
        long issueId = desk.readyIssue();
        int number = desk.section(desk.sectionIds(issueId).get(0)).getIssue().getNumber();
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(CorrectionView.class, issueId);

        assertThat(currentView()).isNotInstanceOf(CorrectionView.class);
        assertErrorPage("refused", "Issue " + number + " is not released yet: edit its sections instead.");
    }

    @Test
    void an_editor_cannot_open_the_correction_screen() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(CorrectionView.class, issueId);

        assertRefused(CorrectionView.class);
    }
}
