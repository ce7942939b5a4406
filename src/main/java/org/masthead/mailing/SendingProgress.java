package org.masthead.mailing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.masthead.base.Counting;

/**
 * How the mail of one issue is going, for the release screen and the desk: each mailing (the
 * release, then any mailed correction), and a sentence when mail cannot go out at all.
 *
 * @param mailings oldest first; empty when the issue was never mailed
 * @param notice   "No mail server is set up (spring.mail.host): 40 mails wait and go out once it is."
 */
public record SendingProgress(List<Mailing> mailings, Optional<String> notice) {

    /** The newest mailing: what "sent to N of M" speaks of. */
    public Optional<Mailing> latest() {
        return mailings.isEmpty() ? Optional.empty() : Optional.of(mailings.get(mailings.size() - 1));
    }

    /**
     * One mailing's numbers. {@code total} is the deliveries there are now (queued + sent + unknown +
     * failed + skipped; a subscriber deleted on request takes theirs along).
     *
     * @param sent          handed over and confirmed by the server's 250
     * @param unknown       handed over, but the node stopped before the server's answer: fate unknown
     * @param failures      the first failed deliveries, at most {@link Sending#FAILURES_SHOWN}
     * @param stuck         mail is due and nothing moved for masthead.mail.stuck-after
     */
    public record Mailing(long id, long editionId, String subject, boolean correction, Instant queuedAt,
                          Instant finishedAt, int queued, int sent, int unknown, int failed, int skipped, int total,
                          boolean stuck, List<Failure> failures) {

        public boolean finished() {
            return finishedAt != null;
        }

        /** "Sent to 998 of 1,000." */
        public String sentence() {
            if (total == 0) {
                return "Not mailed: nobody was subscribed when it went out.";
            }
            String sentTo = "Sent to " + Counting.thousands(sent) + " of " + Counting.thousands(total) + "."
                    + (unknown == 0 ? "" : " Fate unknown: " + Counting.thousands(unknown) + " (the app stopped after handing "
                            + (unknown == 1 ? "it" : "them") + " to the mail server, before its answer).");
            if (stuck) {
                return sentTo + " Sending has stopped making progress: " + Counting.thousands(queued) + " left.";
            }
            return finished() || queued == 0 ? sentTo : sentTo + " " + Counting.thousands(queued) + " to go.";
        }
    }

    /** A delivery that will not arrive, and the mail server's reason. */
    public record Failure(String address, String reason) {
    }
}
