package org.masthead.mailing;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one answer to "where does mail go?": the SMTP server of Spring Mail's own settings
 * ({@code spring.mail.host}, port, username, password, properties) when one is set, else the
 * embedded development server when it runs, else nowhere (and the screens say so).
 */
@Component
class MailServer {

    private final MailProperties spring;
    private final ObjectProvider<EmbeddedSmtp> embedded;

    MailServer(MailProperties spring, ObjectProvider<EmbeddedSmtp> embedded) {
        this.spring = spring;
        this.embedded = embedded;
    }

    Optional<SmtpEndpoint> endpoint() {
        if (StringUtils.hasText(spring.getHost())) {
            int port = spring.getPort() != null ? spring.getPort() : 25;
            return Optional.of(new SmtpEndpoint(spring.getHost(), port, spring.getUsername(), spring.getPassword(),
                    spring.getProtocol(), spring.getProperties(), false));
        }
        EmbeddedSmtp inside = embedded.getIfAvailable();
        return inside == null ? Optional.empty() : Optional.of(inside.endpoint());
    }

    /** Whether mail can go out at all. */
    boolean configured() {
        return endpoint().isPresent();
    }
}
