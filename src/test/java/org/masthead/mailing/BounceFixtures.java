package org.masthead.mailing;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The bounce mailbox's messages, written from the RFCs' examples (src/test/resources/bounces), addressed to one delivery. */
final class BounceFixtures {

    private BounceFixtures() {
    }

    /** The fixture with its envelope address and its original recipient filled in, as it would arrive. */
    static MimeMessage message(String name, String verp, String recipient) {
        try (InputStream in = BounceFixtures.class.getResourceAsStream("/bounces/" + name + ".eml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("{{VERP}}", verp).replace("{{RECIPIENT}}", recipient)
                    .replace("\r\n", "\n").replace("\n", "\r\n");
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
