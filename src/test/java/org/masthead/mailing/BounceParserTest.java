package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The bounce mailbox's messages read as what they are: from the RFCs' examples and the common shapes that follow none. */
class BounceParserTest extends ServiceTest {

    @Autowired
    BounceParser parser;
    @Autowired
    Verp verp;

    @Test
    void an_rfc_3464_report_of_a_permanent_failure_is_a_hard_bounce_of_the_delivery_its_envelope_names() throws Exception {
        Bounce bounce = read("rfc3464-permanent", 42);

        assertThat(bounce.kind()).isEqualTo(Bounce.Kind.HARD);
        assertThat(bounce.status()).isEqualTo("5.1.1");
        assertThat(bounce.diagnostic()).isEqualTo("550 'reader@example.org' is not a registered gateway user");
        assertThat(bounce.target()).isEqualTo(new Verp.Target('d', 42));
        assertThat(bounce.sourceId()).isEqualTo("<199407072116.RAA14128@sun2.nsfnet-relay.ac.uk>");
        assertThat(bounce.understood()).isTrue();
    }

    @Test
    void an_rfc_3464_report_of_a_delay_is_a_soft_bounce() throws Exception {
        Bounce bounce = read("rfc3464-delayed", 42);

        assertThat(bounce.kind()).isEqualTo(Bounce.Kind.SOFT);
        assertThat(bounce.status()).isEqualTo("4.4.7");
        assertThat(bounce.target()).isEqualTo(new Verp.Target('d', 42));
    }

    @Test
    void an_rfc_5965_feedback_report_is_a_complaint_about_the_delivery_in_its_original_mail_from() throws Exception {
        Bounce bounce = read("rfc5965-abuse", 42);

        assertThat(bounce.kind()).isEqualTo(Bounce.Kind.COMPLAINT);
        assertThat(bounce.status()).isEqualTo("abuse");
        assertThat(bounce.target()).isEqualTo(new Verp.Target('d', 42));
    }

    @Test
    void a_mailer_daemons_plain_text_with_a_5_x_x_code_is_a_hard_bounce() throws Exception {
        Bounce bounce = read("qmail-failure-notice", 42);

        assertThat(bounce.kind()).isEqualTo(Bounce.Kind.HARD);
        assertThat(bounce.status()).isEqualTo("5.1.1");
        assertThat(bounce.diagnostic()).startsWith("Remote host said: 550 5.1.1");
    }

    @Test
    void a_vacation_reply_is_understood_and_changes_nothing() throws Exception {
        Bounce bounce = read("vacation", 42);

        assertThat(bounce.kind()).isEqualTo(Bounce.Kind.AUTO_REPLY);
        assertThat(bounce.understood()).isTrue();
    }

    @Test
    void a_persons_reply_is_not_understood_and_stays_for_a_person() throws Exception {
        Bounce bounce = read("human-reply", 42);

        assertThat(bounce.kind()).isEqualTo(Bounce.Kind.UNKNOWN);
        assertThat(bounce.understood()).isFalse();
    }

    @Test
    void a_bounce_to_a_made_up_envelope_address_names_nothing_and_is_not_understood() throws Exception {
        Bounce bounce = parser.read(BounceFixtures.message("rfc3464-permanent", "bounces+d42.00000000000000000000@localhost",
                "reader@example.org"));

        assertThat(bounce.kind()).isEqualTo(Bounce.Kind.HARD);
        assertThat(bounce.target()).isNull();
        assertThat(bounce.understood()).isFalse();
    }

    private Bounce read(String fixture, long deliveryId) throws Exception {
        return parser.read(BounceFixtures.message(fixture, verp.forDelivery(deliveryId), "reader@example.org"));
    }
}
