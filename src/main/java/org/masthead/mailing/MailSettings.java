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
 * Masthead's own mail settings ({@code masthead.mail.*}); where mail goes is Spring Mail's
 * ({@code spring.mail.host}, port, username, password, properties). Checked at start: a bad value
 * stops the app with a sentence that names the setting (each constraint's message; Spring prints it
 * as the reason the app did not start).
 *
 * @param from          the From of every mail (subscribers see it)
 * @param replyTo       where replies go; none when blank
 * @param rate          at most this many messages per {@code rateWindow} on each node; 0 means no limit
 * @param rateWindow    the sliding window of the rate: 1s for "per second", 1h for "per hour"
 * @param connections   SMTP connections each node keeps open while it sends
 * @param bounceAfter   permanent refusals in a row after which a subscriber counts as bounced
 * @param retryFirst    the wait after the first temporary refusal; it doubles with each next one
 * @param retryAtMost   the longest wait between two tries
 * @param giveUpAfter   a delivery still refused temporarily this long after it was queued is failed
 * @param stuckAfter    a send with mail left to go and no progress for this long is reported stuck
 * @param confirmWithin how long a sign-up confirmation link stays good
 * @param embedded      development and demo: without spring.mail.host, mail goes to an SMTP server
 *                      inside the app, listed on the Outbox screen (never in production)
 */
@Validated
@ConfigurationProperties("masthead.mail")
public record MailSettings(
        @NotBlank(message = "masthead.mail.from must name the sender, e.g. \"The Weekly <news@example.org>\"")
        @DefaultValue("Masthead <newsletter@localhost>") String from,
        @DefaultValue("") String replyTo,
        @Min(value = 0, message = "masthead.mail.rate must be 0 (no limit) or more")
        @DefaultValue("0") int rate,
        @NotNull @DurationMin(nanos = 1, message = "masthead.mail.rate-window must be longer than 0, e.g. 1s or 1h")
        @DefaultValue("1s") Duration rateWindow,
        @Min(value = 1, message = "masthead.mail.connections must be at least 1: a node sends through its connections")
        @DefaultValue("2") int connections,
        @Min(value = 1, message = "masthead.mail.bounce-after must be at least 1")
        @DefaultValue("3") int bounceAfter,
        @NotNull @DurationMin(nanos = 1, message = "masthead.mail.retry-first must be longer than 0, e.g. 1m")
        @DefaultValue("1m") Duration retryFirst,
        @NotNull @DurationMin(nanos = 1, message = "masthead.mail.retry-at-most must be longer than 0, e.g. 1h")
        @DefaultValue("1h") Duration retryAtMost,
        @NotNull @DurationMin(nanos = 1, message = "masthead.mail.give-up-after must be longer than 0, e.g. 3d")
        @DefaultValue("3d") Duration giveUpAfter,
        @NotNull @DurationMin(nanos = 1, message = "masthead.mail.stuck-after must be longer than 0, e.g. 10m")
        @DefaultValue("10m") Duration stuckAfter,
        @NotNull @DurationMin(nanos = 1, message = "masthead.mail.confirm-within must be longer than 0, e.g. 3d")
        @DefaultValue("3d") Duration confirmWithin,
        @DefaultValue("false") boolean embedded) {

    /** Whether a rate is set at all. */
    public boolean throttled() {
        return rate > 0;
    }
}
