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
    private final Dkim dkim;
    private final MailSettings settings;

    Outbox(ObjectProvider<DevelopmentSmtp> smtp, MailServer server, IssueService issues, Dkim dkim, MailSettings settings) {
        this.smtp = smtp;
        this.server = server;
        this.issues = issues;
        this.dkim = dkim;
        this.settings = settings;
    }

    /**
     * How mail is signed, for the administrator: whether it is, the DNS record to publish, and
     * whether the From's domain and the signing domain align (DMARC counts the signature only then).
     *
     * @param record    the TXT record's name; {@code value} its text, {@code zoneLine} the same as a zone file line
     * @param alignment a sentence: aligned strictly, aligned relaxed, or not aligned (and what to change)
     */
    public record Signing(boolean enabled, String domain, String selector, String record, String value,
                          String zoneLine, String alignment, boolean aligned) {
    }

    public Signing signing() {
        if (!dkim.enabled()) {
            return new Signing(false, "", "", "", "", "", "Mail goes out unsigned (masthead.mail.dkim.enabled=false): "
                    + "the large mailbox providers file unsigned bulk mail as spam or refuse it.", false);
        }
        Dkim.DnsRecord record = dkim.dnsRecord();
        String from = Dkim.domainOf(settings.from());
        String signing = dkim.domain();
        Dkim.Alignment alignment = dkim.alignment();
        String sentence = switch (alignment) {
            case STRICT -> "The From domain (" + from + ") and the DKIM domain are the same: aligned for DMARC, strict or relaxed.";
            case RELAXED -> "The From domain (" + from + ") and the DKIM domain (" + signing + ") share their organisational "
                    + "domain: aligned for DMARC's relaxed mode (the default), not for strict (adkim=s).";
            case NONE -> "The From domain (" + from + ") and the DKIM domain (" + signing + ") do not align: DMARC will not "
                    + "count this signature. Set masthead.mail.dkim.domain to " + from + " (or a domain under it).";
        };
        return new Signing(true, signing, dkim.selector(), record.name(), record.value(), record.zoneLine(), sentence,
                alignment != Dkim.Alignment.NONE);
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
