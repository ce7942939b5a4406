package org.masthead.mailing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where bounces come back and what they do ({@code masthead.mail.bounces.*}). Every mail goes out
 * with its own envelope sender, {@code <local>+<signed token>@<domain>} (VERP), so a bounce that
 * arrives days later names the delivery it is about; the bounce mailbox is read over IMAP.
 *
 * @param address         the bounce address the envelope senders are made from; blank means
 *                        {@code bounces@} the domain of masthead.mail.from. Its mailbox must accept
 *                        {@code +} sub-addresses (most do)
 * @param softAfter       soft bounces (4.x.x) in a row after which a subscriber is suppressed
 * @param imapHost        the bounce mailbox's IMAP server; blank means the mailbox is not read
 * @param imapPort        its port (993 for IMAPS, 143 for IMAP)
 * @param imapProtocol    imaps (TLS from the start) or imap
 * @param imapUsername    the mailbox's user
 * @param imapPassword    and password
 * @param folder          the folder bounces arrive in
 * @param processedFolder where a bounce that was understood is moved; anything else stays for a person
 * @param pollEvery       how often the mailbox is read (by one node at a time)
 */
@Validated
@ConfigurationProperties("masthead.mail.bounces")
public record BounceSettings(
        @DefaultValue("") String address,
        @Min(value = 1, message = "masthead.mail.bounces.soft-after must be at least 1")
        @DefaultValue("3") int softAfter,
        @DefaultValue("") String imapHost,
        @DefaultValue("993") int imapPort,
        @NotBlank(message = "masthead.mail.bounces.imap-protocol must be imaps or imap")
        @DefaultValue("imaps") String imapProtocol,
        @DefaultValue("") String imapUsername,
        @DefaultValue("") String imapPassword,
        @NotBlank(message = "masthead.mail.bounces.folder must name the folder bounces arrive in, e.g. INBOX")
        @DefaultValue("INBOX") String folder,
        @NotBlank(message = "masthead.mail.bounces.processed-folder must name a folder, e.g. Processed")
        @DefaultValue("Processed") String processedFolder,
        @NotNull @DurationMin(seconds = 10, message = "masthead.mail.bounces.poll-every must be 10s or longer, e.g. 5m")
        @DefaultValue("5m") Duration pollEvery) {

    /** Whether a bounce mailbox is set up to be read. */
    public boolean mailboxSet() {
        return imapHost != null && !imapHost.isBlank();
    }
}
