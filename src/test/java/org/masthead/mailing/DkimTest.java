package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.issue.IssueService;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every mail leaves signed: what a real SMTP server (GreenMail) received verifies with an
 * independent verifier (jDKIM's, the public key given by a fixed lookup instead of DNS), and stops
 * verifying when one byte of its body changes.
 */
class DkimTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    ReleaseService releases;
    @Autowired
    SubscriberRepository subscriberRepository;
    @Autowired
    IssueService issues;
    @Autowired
    MailProperties mail;
    @Autowired
    MailingJob job;
    @Autowired
    Dkim dkim;
    @Autowired
    DkimKeys keys;
    @Autowired
    ConfirmationMailer confirmations;
    @Autowired
    Letters letters;
    @Autowired
    DkimSettings dkimSettings;
    @Autowired
    PlatformTransactionManager transactions;

    MailingFixture fixture;

    @BeforeEach
    void mailGoesToGreenMail() {
        fixture = new MailingFixture(subscriberRepository, issues, mail, job);
        fixture.mailGoesTo(smtp.getSmtp().getPort());
    }

    @AfterEach
    void noMailServerForOtherTests() {
        fixture.noMailServer();
    }

    @Test
    void an_edition_received_by_the_smtp_server_verifies_and_fails_after_one_byte_of_its_body_changes() throws Exception {
        fixture.confirmed("reader@example.org");
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(desk.readyIssue()));
        long mailingId = desk.jdbc().queryForObject("select id from mailings where edition_id = ?", Long.class, edition.getId());
        fixture.sendUntilNothingIsDue(mailingId);

        byte[] received = onlyMessageReceived();
        List<SignatureRecord> signatures = verifier().verify(new ByteArrayInputStream(received));

        assertThat(signatures).hasSize(1);
        SignatureRecord signature = signatures.get(0);
        assertThat(signature.getDToken()).isEqualTo("localhost");
        assertThat(signature.getSelector()).isEqualTo("masthead");
        assertThat(signature.getHashKeyType() + "-" + signature.getHashMethod()).isEqualTo("rsa-sha256");
        assertThat(signature.getHeaderCanonicalisationMethod() + "/" + signature.getBodyCanonicalisationMethod())
                .isEqualTo("relaxed/relaxed");
        assertThat(signature.getHeaders()).extracting(CharSequence::toString)
                .contains("from", "to", "subject", "date", "message-id", "list-unsubscribe", "list-unsubscribe-post",
                        "mime-version", "content-type");

        byte[] tampered = changeOneBodyByte(received);
        assertThatThrownBy(() -> verifier().verify(new ByteArrayInputStream(tampered)))
                .isInstanceOf(PermFailException.class).hasMessageContaining("body");
    }

    @Test
    void a_sign_up_confirmation_is_signed_too() throws Exception {
        confirmations.send(ConfirmationMail.toConfirm("new@example.org", "New", "The Weekly",
                "https://example.org/archive/subscribe/confirm?t=1.2.3", Duration.ofDays(3)));

        assertThat(verifier().verify(new ByteArrayInputStream(onlyMessageReceived()))).hasSize(1);
    }

    @Test
    void a_notification_is_signed_too() throws Exception {
        MimeMessage notification = letters.notification(7, "wendy@example.org", "Masthead: your turn", "It is your turn.\n");
        try (SmtpConnection connection = new SmtpConnection(new MailServer(mail, null).endpoint().orElseThrow())) {
            assertThat(connection.send(notification, new jakarta.mail.internet.InternetAddress("wendy@example.org"), () -> true))
                    .isInstanceOf(SmtpConnection.Accepted.class);
        }

        assertThat(verifier().verify(new ByteArrayInputStream(onlyMessageReceived()))).hasSize(1);
    }

    @Test
    void the_key_is_made_once_and_kept_in_the_database_so_a_second_node_signs_with_the_same_one() {
        DkimKeys firstNode = new DkimKeys(desk.jdbc(), transactions, dkimSettings, Clock.systemUTC());
        DkimKeys secondNode = new DkimKeys(desk.jdbc(), transactions, dkimSettings, Clock.systemUTC());

        String publicKey = firstNode.key().publicKey();

        assertThat(desk.jdbc().queryForObject("select public_key from dkim_keys where id = 1", String.class))
                .isEqualTo(publicKey);
        assertThat(secondNode.key().publicKey()).isEqualTo(publicKey);
        assertThat(secondNode.key().privateKey()).isEqualTo(firstNode.key().privateKey());
        assertThat(Base64.getDecoder().decode(publicKey)).hasSizeGreaterThan(DkimKeys.BITS / 8);
    }

    @Test
    void the_dns_record_names_selector_and_domain_and_fits_dns_strings() {
        Dkim.DnsRecord record = dkim.dnsRecord();

        assertThat(record.name()).isEqualTo("masthead._domainkey.localhost");
        assertThat(record.value()).isEqualTo("v=DKIM1; k=rsa; p=" + keys.key().publicKey());
        assertThat(record.strings()).hasSizeGreaterThan(1)
                .allSatisfy(string -> assertThat(string.length()).isLessThanOrEqualTo(255));
        assertThat(String.join("", record.strings())).isEqualTo(record.value());
        assertThat(record.zoneLine()).startsWith("masthead._domainkey.localhost. IN TXT ( \"v=DKIM1; k=rsa; p=");
        assertThat(dkim.alignment()).isEqualTo(Dkim.Alignment.STRICT);
    }

    @Test
    void a_key_given_by_the_settings_is_read_with_its_public_half() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        DkimKeys.Key key = DkimKeys.fromPkcs8(pem, true);

        assertThat(key.publicKey()).isEqualTo(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        assertThatThrownBy(() -> DkimKeys.fromPkcs8("not a key", true))
                .hasMessageStartingWith("masthead.mail.dkim.private-key is not a PKCS#8 RSA private key");
    }

    /** jDKIM's verifier, with the public key of the database row instead of a DNS lookup. */
    private DKIMVerifier verifier() {
        String record = dkim.dnsRecord().value();
        return new DKIMVerifier((method, selector, domain) -> {
            assertThat(selector + "._domainkey." + domain).isEqualTo(dkim.dnsRecord().name());
            return List.of(record);
        });
    }

    private byte[] onlyMessageReceived() throws Exception {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        received[0].writeTo(bytes);
        return bytes.toByteArray();
    }

    /** The first letter after the headers' end, made another letter. */
    private static byte[] changeOneBodyByte(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        int body = text.indexOf("\r\n\r\n") + 4;
        byte[] changed = message.clone();
        for (int i = body; i < changed.length; i++) {
            if (Character.isLetter(changed[i])) {
                changed[i] = (byte) (changed[i] == 'a' ? 'b' : 'a');
                return changed;
            }
        }
        throw new AssertionError("The message has no letter in its body");
    }
}
