package org.masthead.mailing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * At most {@code masthead.mail.rate} messages in any {@code rate-window} on this node, shared by
 * all its connections: a sliding window over the times of the last {@code rate} messages. It
 * never waits itself; it says how long the caller must, so a long wait (a per-hour rate) becomes a
 * rescheduled job instead of a sleeping thread.
 */
@Component
class RateLimiter {

    private final Clock clock;
    private final int rate;
    private final Duration window;
    /** The times of the last {@code rate} messages, oldest at {@code next}. */
    private final long[] sentAt;
    private int next;
    private int used;

    @Autowired
    RateLimiter(MailSettings settings, Clock clock) {
        this(settings.rate(), settings.rateWindow(), clock);
    }

    RateLimiter(int rate, Duration window, Clock clock) {
        this.clock = clock;
        this.rate = rate;
        this.window = window;
        this.sentAt = new long[Math.max(rate, 0)];
    }

    /** Takes a place for one message now and answers zero, or takes none and answers how long to wait. */
    synchronized Duration tryTake() {
        if (rate <= 0) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        if (used == rate) {
            long freeAt = sentAt[next] + window.toMillis();
            if (freeAt > now) {
                return Duration.ofMillis(freeAt - now);
            }
        } else {
            used++;
        }
        sentAt[next] = now;
        next = (next + 1) % rate;
        return Duration.ZERO;
    }

    /** When the next place frees up (now when one is free). */
    synchronized Instant nextFree() {
        if (rate <= 0 || used < rate) {
            return clock.instant();
        }
        return Instant.ofEpochMilli(Math.max(clock.millis(), sentAt[next] + window.toMillis()));
    }
}
