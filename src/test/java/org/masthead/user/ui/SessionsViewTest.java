package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.base.SignedLinks;
import org.masthead.security.Role;
import org.masthead.user.DeskSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Your sessions" on the profile, an administrator's Sessions dialog on Users, and the "This wasn't
 * me" page: each ending of sessions is in the database (so every node refuses them) and in the trail.
 */
class SessionsViewTest extends KaribuTest {

    @Autowired
    SignedLinks links;

    private long firefox;
    private long chrome;

    @BeforeEach
    void erinIsSignedInOnTwoDevices() {
        firefox = session("erin", "Firefox on Linux", "192.0.2.1");
        chrome = session("erin", "Chrome on Android", "198.51.100.7");
    }

    @Test
    void a_person_sees_where_they_are_signed_in_and_signs_one_session_out() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ProfileView.class);

        assertThat(GridKt._size(sessions())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(sessions(), 0)).contains("Chrome on Android", "198.51.100.7");
        _click(signOutButtonOf(chrome));

        assertThat(endReasonOf(chrome)).isEqualTo("SIGNED_OUT_BY_YOU");
        assertThat(endReasonOf(firefox)).isNull();
        assertThat(GridKt._size(sessions())).isEqualTo(1);
        assertThat(trail()).contains("erin USER_SESSION_ENDED erin");
    }

    @Test
    void a_person_signs_out_all_other_sessions() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ProfileView.class);

        _click(button("sign-out-others"));

        assertThat(endReasonOf(chrome)).isEqualTo("SIGNED_OUT_BY_YOU");
        assertThat(endReasonOf(firefox)).isEqualTo("SIGNED_OUT_BY_YOU");
        assertThat(notificationTexts()).contains("Signed out everywhere but here: 2 sessions.");
        assertThat(trail()).contains("erin OWN_OTHER_SESSIONS_ENDED null");
    }

    @Test
    void an_administrator_sees_a_persons_sessions_and_signs_them_out_everywhere() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<org.masthead.user.User> people = _get(Grid.class, spec -> spec.withId("users"));
        people.select(people.getListDataView().getItems().filter(u -> u.getUsername().equals("erin")).findFirst().orElseThrow());

        _click(button("person-sessions"));
        assertThat(GridKt._size(sessions())).isEqualTo(2);
        _click(button("sign-out-everywhere"));

        assertThat(endReasonOf(chrome)).isEqualTo("SIGNED_OUT_BY_ADMIN");
        assertThat(endReasonOf(firefox)).isEqualTo("SIGNED_OUT_BY_ADMIN");
        assertThat(GridKt._size(sessions())).isZero();
        assertThat(trail()).contains("admin USER_SIGNED_OUT_EVERYWHERE erin");
    }

    @Test
    void an_administrator_ends_one_session_of_someone_else() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<org.masthead.user.User> people = _get(Grid.class, spec -> spec.withId("users"));
        people.select(people.getListDataView().getItems().filter(u -> u.getUsername().equals("erin")).findFirst().orElseThrow());
        _click(button("person-sessions"));

        _click(signOutButtonOf(firefox));

        assertThat(endReasonOf(firefox)).isEqualTo("SIGNED_OUT_BY_ADMIN");
        assertThat(endReasonOf(chrome)).isNull();
        assertThat(trail()).contains("admin USER_SESSION_ENDED erin");
    }

    @Test
    void this_wasnt_me_opened_changes_nothing_and_its_button_signs_the_account_out_everywhere() {
        desk.jdbc().update("update desk_sessions set alarm_hash = ?, alarm_expires_at = ? where id = ?",
                sha256("the-alarm-id-of-this-test"), Timestamp.from(Instant.now().plusSeconds(3600)), chrome);
        String signature = links.sign("not-me:the-alarm-id-of-this-test");

        UI.getCurrent().navigate("not-me", QueryParameters.simple(Map.of("id", "the-alarm-id-of-this-test", "sig", signature)));
        assertThat(endReasonOf(chrome)).as("only opened").isNull();
        _click(button("not-me"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("not-me-said")).getText())
                .startsWith("Done: your account is signed out everywhere");
        assertThat(endReasonOf(chrome)).isEqualTo("NOT_ME");
        assertThat(endReasonOf(firefox)).isEqualTo("NOT_ME");
    }

    @Test
    void this_wasnt_me_with_a_wrong_link_says_it_does_not_work() {
        UI.getCurrent().navigate("not-me", QueryParameters.simple(Map.of("id", "made-up", "sig", "made-up")));

        _click(button("not-me"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("not-me-said")).getText()).startsWith("This link does not work");
        assertThat(endReasonOf(chrome)).isNull();
    }

    private long session(String username, String device, String address) {
        Timestamp now = Timestamp.from(Instant.now());
        desk.jdbc().update("insert into desk_sessions (key_hash, user_id, device, address, stamp, signed_in_at, last_seen_at) "
                        + "select ?, id, ?, ?, security_stamp, ?, ? from users where username = ?",
                device + address, device, address, now, now, username);
        return desk.jdbc().queryForObject("select id from desk_sessions where key_hash = ?", Long.class, device + address);
    }

    private String endReasonOf(long session) {
        return desk.jdbc().queryForObject("select end_reason from desk_sessions where id = ?", String.class, session);
    }

    private List<String> trail() {
        return desk.jdbc().queryForList("select actor || ' ' || action || ' ' || coalesce(note, 'null') from audit_events", String.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DeskSession> sessions() {
        return _get(Grid.class, spec -> spec.withId("sessions"));
    }

    /** The Sign out button in the session's row of the list. */
    private static Button signOutButtonOf(long session) {
        List<DeskSession> rows = sessions().getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(s -> s.id() == session).findFirst().orElseThrow());
        return (Button) GridKt._getCellComponent(sessions(), row, "sign-out");
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
