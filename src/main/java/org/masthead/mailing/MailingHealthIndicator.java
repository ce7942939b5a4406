package org.masthead.mailing;

import java.util.List;
import org.masthead.base.Counting;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * "mailing" in the health details (shown to administrators only): where mail goes, and every
 * send that has mail due and has not moved for masthead.mail.stuck-after. A stuck send does not
 * take the node out of the load balancer (the overall status stays UP); its own status says STUCK.
 */
@Component
class MailingHealthIndicator implements HealthIndicator {

    static final Status STUCK = new Status("STUCK", "A send has mail due and has made no progress.");

    private final Sending sending;
    private final MailServer server;

    MailingHealthIndicator(Sending sending, MailServer server) {
        this.sending = sending;
        this.server = server;
    }

    @Override
    public Health health() {
        List<SendingProgress.Mailing> stuck = sending.stuck();
        Health.Builder health = stuck.isEmpty() ? Health.up() : Health.status(STUCK);
        health.withDetail("server", server.endpoint().map(SmtpEndpoint::describe)
                .orElse("none: nothing is sent until spring.mail.host is set"));
        if (!stuck.isEmpty()) {
            health.withDetail("stuck", stuck.stream().map(m -> "Mailing " + m.id() + " (\"" + m.subject() + "\"): "
                    + Counting.thousands(m.queued()) + " of " + Counting.thousands(m.total()) + " still queued.").toList());
        }
        return health.build();
    }
}
