package org.masthead.mailing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.base.ui.Formats;
import org.masthead.mailing.Outbox;
import org.masthead.mailing.ReceivedMail;
import org.masthead.mailing.TestMails;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;

/** The Outbox with the app's own test mail server running: the mails, each readable, and a way to clear them. */
@TestPropertySource(properties = "masthead.mail.embedded=true")
class OutboxViewTest extends KaribuTest {

    @Autowired
    Outbox outbox;
    @Autowired
    JavaMailSender mailer;

    @BeforeEach
    void emptyOutbox() {
        Desk.as("admin", Desk.roles(Role.ADMIN), outbox::clear);
    }

    @Test
    void an_administrator_sees_the_mails_newest_first_with_recipient_subject_and_time() {
        TestMails.sendEdition(mailer, "anna@example.org", "Issue 1");
        TestMails.sendEdition(mailer, "ben@example.org", "Issue 2");
        open();

        Grid<ReceivedMail> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);
        ReceivedMail newest = Desk.as("admin", Desk.roles(Role.ADMIN), () -> outbox.newestFirst("").get(0));
        assertThat(_getFormattedRow(grid, 0)).containsExactly("ben@example.org", "Issue 2",
                Formats.moment(newest.receivedAt(), ZoneId.of("Europe/Prague")));
        assertThat(_getFormattedRow(grid, 1)).startsWith("anna@example.org", "Issue 1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("outbox-count")).getText())
                .isEqualTo("2 mails, newest first (only the newest 500 are kept). Select one to read it.");
    }

    @Test
    void selecting_a_mail_shows_its_headers_its_html_in_a_frame_without_scripts_and_its_text() {
        TestMails.sendEdition(mailer, "anna@example.org", "Issue 1");
        open();

        _selectRow(grid(), 0);

        assertThat(text("mail-from")).isEqualTo("The Test Watch <news@example.org>");
        assertThat(text("mail-to")).isEqualTo("anna@example.org");
        assertThat(text("mail-subject")).isEqualTo("Issue 1");
        assertThat(text("mail-list-unsubscribe")).isEqualTo("<https://example.org/archive/unsubscribe?t=1.abc>");
        assertThat(text("mail-list-unsubscribe-post")).isEqualTo("List-Unsubscribe=One-Click");
        IFrame html = _get(IFrame.class, spec -> spec.withId("mail-html"));
        assertThat(html.getSrcdoc()).contains("<p>Rich <b>words</b> for anna@example.org.</p>");
        assertThat(html.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(_get(Pre.class, spec -> spec.withId("mail-text")).getText()).isEqualTo("Plain words for anna@example.org.");
    }

    @Test
    void the_search_by_recipient_narrows_the_list_and_says_when_nothing_matches() {
        TestMails.sendEdition(mailer, "anna@example.org", "Issue 1");
        TestMails.sendEdition(mailer, "ben@example.org", "Issue 1");
        open();

        _setValue(_get(TextField.class, spec -> spec.withId("recipient-search")), "anna");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormattedRow(grid(), 0).get(0)).isEqualTo("anna@example.org");

        _setValue(_get(TextField.class, spec -> spec.withId("recipient-search")), "carol");
        assertThat(_size(grid())).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("outbox-count")).getText())
                .isEqualTo("No mail to an address containing \"carol\".");
    }

    @Test
    void clearing_asks_first_and_then_empties_the_list() {
        TestMails.sendEdition(mailer, "anna@example.org", "Issue 1");
        open();

        _click(_get(Button.class, spec -> spec.withId("clear-outbox")));
        assertThat(confirmationText()).isEqualTo("Clear the outbox? The 1 mail kept here will be forgotten. Nothing is sent or unsent.");
        cancel();
        assertThat(_size(grid())).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("clear-outbox")));
        confirm();

        assertThat(_size(grid())).isZero();
        assertThat(notificationTexts()).contains("Cleared: 1 mail forgotten.");
    }

    @Test
    void a_publisher_cannot_open_the_outbox() {
        TestMails.sendEdition(mailer, "anna@example.org", "Issue 1");
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(OutboxView.class);

        assertRefused(OutboxView.class);
    }

    private void open() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(currentView()).isInstanceOf(OutboxView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReceivedMail> grid() {
        return _get(Grid.class, spec -> spec.withId("outbox"));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
