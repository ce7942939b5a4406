package org.masthead.mailing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.Role;

/** Without the app's own test mail server (production, and the test suite), the Outbox says where mail goes instead. */
class OutboxWithoutTestServerViewTest extends KaribuTest {

    @Test
    void the_outbox_says_no_mail_server_is_set_and_lists_nothing() {
        login("admin", Role.ADMIN);

        UI.getCurrent().navigate(OutboxView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("where-mail-goes")).getText()).isEqualTo(
                "No mail server is set (spring.mail.host), so the app sends no mail and the Outbox lists nothing.");
        assertThat(_find(Grid.class)).isEmpty();
    }
}
