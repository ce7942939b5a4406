package org.masthead.mailing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.mailing.ImportPreview;
import org.masthead.mailing.Subscriber;
import org.masthead.mailing.SubscriberSearch;
import org.masthead.mailing.SubscriberStatus;
import org.masthead.mailing.Subscribers;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

class SubscribersViewTest extends KaribuTest {

    @Autowired
    Subscribers subscribers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_writer_or_an_editor_cannot_open_the_subscribers_screen() {
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SubscribersView.class);
        assertRefused(SubscribersView.class);

        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(SubscribersView.class);
        assertRefused(SubscribersView.class);
    }

    @Test
    void a_publisher_adds_a_subscriber_and_sees_them_in_the_list_and_the_counts() {
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(SubscribersView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("new-subscriber-address")), "rita@example.org");
        _setValue(_get(TextField.class, spec -> spec.withId("new-subscriber-name")), "Rita Reader");
        _click(_get(Button.class, spec -> spec.withId("add-subscriber")));

        assertThat(notificationTexts()).contains("rita@example.org is subscribed; the next issue goes to them.");
        assertThat(rows()).containsExactly("rita@example.org");
        assertThat(_get(Paragraph.class, spec -> spec.withId("subscriber-counts")).getText())
                .isEqualTo("0 pending · 1 confirmed · 0 unsubscribed · 0 bounced · 0 complained");
        assertThat(_get(TextField.class, spec -> spec.withId("new-subscriber-address")).getValue()).isEmpty();
    }

    @Test
    void an_address_that_is_not_one_or_is_on_the_list_already_is_refused_on_its_field() {
        login("admin", Role.ADMIN);
        subscribers.add("rita@example.org", null);
        UI.getCurrent().navigate(SubscribersView.class);
        TextField address = _get(TextField.class, spec -> spec.withId("new-subscriber-address"));

        _setValue(address, "rita@example.org\r\nBcc: all@example.org");
        _click(_get(Button.class, spec -> spec.withId("add-subscriber")));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).contains("line break");

        _setValue(address, "RITA@example.org");
        _click(_get(Button.class, spec -> spec.withId("add-subscriber")));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("RITA@example.org is on the list already (confirmed).");
        assertThat(subscribers.count(SubscriberSearch.everyone())).isOne();
    }

    @Test
    void the_list_is_searched_and_filtered_from_the_database() {
        login("paula", Role.PUBLISHER);
        subscribers.add("anna@example.org", "Anna Archer");
        subscribers.add("bob@example.org", "Bob Baker");
        IntStream.range(0, 120).forEach(i -> subscribers.add("reader" + i + "@example.org", null));
        UI.getCurrent().navigate(SubscribersView.class);

        assertThat(GridKt._size(grid())).isEqualTo(122);
        _setValue(_get(TextField.class, spec -> spec.withId("subscriber-search")), "archer");
        assertThat(rows()).containsExactly("anna@example.org");

        _setValue(_get(TextField.class, spec -> spec.withId("subscriber-search")), "");
        @SuppressWarnings("unchecked")
        Select<SubscriberStatus> status = _get(Select.class, spec -> spec.withId("subscriber-status"));
        _setValue(status, SubscriberStatus.PENDING);
        assertThat(rows()).isEmpty();
    }

    @Test
    void an_uploaded_list_is_previewed_in_words_and_lines_then_imported_with_the_button_that_says_how_many() throws Exception {
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(SubscribersView.class);

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("subscriber-upload")), "list.csv", "text/csv",
                "email,name\nnew@example.org,Nina\nnot an address,X\nnew@example.org,Again\n".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-preview")).getText()).isEqualTo("list.csv: 1 new subscriber; "
                + "no addresses already on the list; no addresses that left the list and stay off it; 2 lines that cannot be imported.");
        @SuppressWarnings("unchecked")
        Grid<ImportPreview.Line> refused = _get(Grid.class, spec -> spec.withId("import-lines-refused"));
        assertThat(GridKt._size(refused)).isEqualTo(2);
        assertThat(GridKt._get(refused, 0).line()).isEqualTo(3);
        assertThat(GridKt._get(refused, 1).reason()).isEqualTo("The same address is on line 2 of this file already.");
        assertThat(subscribers.count(SubscriberSearch.everyone())).isZero();
        Button importIt = _get(Button.class, spec -> spec.withId("import-subscribers"));
        assertThat(importIt.getText()).isEqualTo("Import 1 new subscriber");

        _click(importIt);

        assertThat(notificationTexts()).contains("Imported 1 new subscriber from list.csv.");
        assertThat(rows()).containsExactly("new@example.org");
    }

    @Test
    void deleting_a_subscribers_data_asks_first_and_cancel_keeps_them() {
        login("paula", Role.PUBLISHER);
        Subscriber rita = subscribers.add("rita@example.org", null);
        UI.getCurrent().navigate(SubscribersView.class);

        _click(deleteButtonOfRow(0, rita.getId()));
        assertThat(confirmationText()).startsWith("Delete the data of rita@example.org?");
        cancel();
        assertThat(rows()).containsExactly("rita@example.org");

        _click(deleteButtonOfRow(0, rita.getId()));
        assertThat(confirmLabel()).isEqualTo("Delete the data of rita@example.org");
        confirm();

        assertThat(notificationTexts()).contains("The data of rita@example.org is deleted.");
        assertThat(rows()).isEmpty();
        assertThat(subscribers.find(SubscriberSearch.everyone(), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void a_bounced_address_shows_why_and_when_and_a_publisher_lifts_it_with_a_note() {
        login("paula", Role.PUBLISHER);
        Subscriber rita = subscribers.add("rita@example.org", null);
        jdbc.update("update subscribers set status = 'BOUNCED', left_at = timestamp '2026-03-02 10:00:00', "
                + "suppressed_reason = 'A bounce came back (5.1.1): 550 no such user.' where id = ?", rita.getId());
        UI.getCurrent().navigate(SubscribersView.class);

        assertThat(GridKt._getFormattedRow(grid(), 0)).anySatisfy(cell -> assertThat(cell)
                .startsWith("A bounce came back (5.1.1): 550 no such user. (").contains("2026"));
        _click((Button) GridKt._getCellComponent(grid(), 0, "lift"));
        _click(_get(Button.class, spec -> spec.withId("lift-confirm")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("lift-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Say why the address may be mailed again, for the record.");

        _setValue(note, "She wrote in: her mailbox works again.");
        _click(_get(Button.class, spec -> spec.withId("lift-confirm")));

        assertThat(notificationTexts()).contains("rita@example.org is confirmed again and gets the next issue.");
        assertThat(subscribers.find(SubscriberSearch.everyone(), PageRequest.of(0, 10)).get(0).getStatus())
                .isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(jdbc.queryForObject("select note from audit_events where action = 'SUBSCRIBER_SUPPRESSION_LIFTED'", String.class))
                .isEqualTo("Subscriber " + rita.getId() + ": She wrote in: her mailbox works again.");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Subscriber> grid() {
        return _get(Grid.class, spec -> spec.withId("subscribers"));
    }

    private static Button deleteButtonOfRow(int row, long subscriberId) {
        Button delete = (Button) GridKt._getCellComponent(grid(), row, "delete");
        assertThat(delete.getId()).hasValue("delete-subscriber-" + subscriberId);
        return delete;
    }

    private static List<String> rows() {
        Grid<Subscriber> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).getAddress()).toList();
    }
}
