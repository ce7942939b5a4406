package org.masthead.mailing;

/**
 * The SMTP server inside the app in development and the demo ({@code masthead.mail.embedded}),
 * used when no {@code spring.mail.host} is set; never in production.
 */
public interface EmbeddedSmtp {

    SmtpEndpoint endpoint();
}
