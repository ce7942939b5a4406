package org.masthead.mailing;

import java.util.Map;

/**
 * Where mail goes: an SMTP server and how to sign in to it.
 *
 * @param properties extra JavaMail session properties ({@code spring.mail.properties.*}), e.g. STARTTLS
 * @param embedded   the development server inside the app, whose mails the Outbox screen lists
 */
public record SmtpEndpoint(String host, int port, String username, String password, String protocol,
                           Map<String, String> properties, boolean embedded) {

    public SmtpEndpoint {
        properties = Map.copyOf(properties);
    }

    /** For screens and logs: never the password. */
    public String describe() {
        return embedded ? "the app's own test mail server (see Outbox)" : host + ":" + port;
    }
}
