package org.masthead.mailing;

import java.time.Clock;
import org.masthead.base.WindowCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Counts sign-ups per client and per address in fixed windows, in the database (sign_up_attempts,
 * through {@link WindowCounts}: one UPDATE per count, so parallel requests on any node never get
 * more through than the limit; each count stands even when the sign-up then fails).
 */
@Component
class SignUpThrottle {

    private static final int CLIENT_MAX = 100;

    private final WindowCounts counts;
    private final SignUpLimits limits;

    SignUpThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, SignUpLimits limits) {
        this.counts = new WindowCounts(jdbc, transactions, clock, "sign_up_attempts");
        this.limits = limits;
    }

    /**
     * Counts one sign-up of the address from the client; false when either is over its limit.
     * A client over its limit does not use up the address's attempts.
     */
    boolean allow(String addressKey, String client) {
        if (counts.count(WindowCounts.client(client, CLIENT_MAX), limits.window()) > limits.perClient()) {
            return false;
        }
        return counts.count("address:" + WindowCounts.sha256(addressKey), limits.window()) <= limits.perAddress();
    }
}
