package org.masthead.mailing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
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

    @Test
    void the_outbox_shows_the_dkim_record_to_publish_and_whether_the_from_domain_aligns() {
        login("admin", Role.ADMIN);

        UI.getCurrent().navigate(OutboxView.class);

        TextArea record = _get(TextArea.class, spec -> spec.withId("dkim-record"));
        assertThat(record.getLabel()).isEqualTo("TXT record masthead._domainkey.localhost");
        assertThat(record.getValue()).startsWith("v=DKIM1; k=rsa; p=MIIBIjAN");
        assertThat(record.isReadOnly()).isTrue();
        assertThat(_get(Pre.class, spec -> spec.withId("dkim-zone-line")).getText())
                .startsWith("masthead._domainkey.localhost. IN TXT ( \"v=DKIM1; k=rsa; p=");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dkim-alignment")).getText()).isEqualTo(
                "The From domain (localhost) and the DKIM domain are the same: aligned for DMARC, strict or relaxed.");
    }
}
