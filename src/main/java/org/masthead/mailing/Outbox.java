package org.masthead.mailing;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.issue.IssueService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the development mail server received (DESIGN.md: the Outbox, for administrators): so a
 * newcomer sees what subscribers would get without any mail setup. Lists nothing when mail goes
 * to a real server or nowhere, and says which.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Outbox {

    private final ObjectProvider<DevelopmentSmtp> smtp;
    private final MailServer server;
    private final IssueService issues;

    Outbox(ObjectProvider<DevelopmentSmtp> smtp, MailServer server, IssueService issues) {
        this.smtp = smtp;
        this.server = server;
        this.issues = issues;
    }

    /** Whether the app's own test mail server runs, so there is something to list. */
    public boolean listing() {
        return smtp.getIfAvailable() != null;
    }

    /** Where mail goes, in a sentence for the screen. */
    public String whereMailGoes() {
        if (listing()) {
            return "Mail goes to the app's own test mail server: nothing leaves this machine. It keeps the newest "
                    + kept() + " mails, until the app stops.";
        }
        Optional<SmtpEndpoint> endpoint = server.endpoint();
        return endpoint.map(smtp -> "Mail goes to " + smtp.describe() + " (spring.mail.host), not to the app's own "
                        + "test mail server, so the Outbox lists nothing.")
                .orElse("No mail server is set (spring.mail.host), so the app sends no mail and the Outbox lists nothing.");
    }

    /** The mails received, newest first; with a recipient given, those whose address contains it. */
    public List<ReceivedMail> newestFirst(String recipient) {
        DevelopmentSmtp running = smtp.getIfAvailable();
        if (running == null) {
            return List.of();
        }
        String wanted = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
        return running.received().newestFirst().stream()
                .filter(mail -> wanted.isEmpty() || (mail.to() != null && mail.to().toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
    }

    /** Forgets every mail received; returns how many. Nothing is sent or unsent. */
    public int clear() {
        DevelopmentSmtp running = smtp.getIfAvailable();
        return running == null ? 0 : running.received().clear();
    }

    /** How many mails the Outbox keeps at most. */
    public int kept() {
        return ReceivedMails.KEPT;
    }

    /** The publication's time zone, in which the desk shows every time. */
    public ZoneId timeZone() {
        return issues.publicationExists() ? issues.publication().getTimeZone() : ZoneOffset.UTC;
    }
}
