package org.masthead.publishing;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which editions exist, as one number (the newest edition's id), so the public side can keep what
 * it prepared in memory and ask the database only once in a while (a second by default). An edition
 * stored on this node is seen at once (the event below); one stored by another node within that while.
 */
@Component
class ArchiveVersion {

    private final EditionRepository editions;
    private final long recheckNanos;
    private volatile long newestId = -1;
    private volatile long checkedAt;
    private volatile boolean stale = true;

    ArchiveVersion(EditionRepository editions,
                   @Value("${masthead.archive.recheck-after:1s}") Duration recheckAfter) {
        this.editions = editions;
        this.recheckNanos = recheckAfter.toNanos();
    }

    long current() {
        long now = System.nanoTime();
        if (stale || now - checkedAt >= recheckNanos) {
            stale = false;
            checkedAt = now;
            newestId = editions.newestId();
        }
        return newestId;
    }

    /** After the transaction that stored an edition commits: look again at the next request. */
    @TransactionalEventListener(fallbackExecution = true)
    void editionStored(EditionStored stored) {
        stale = true;
    }

    /** An edition was stored (release, correction, import). */
    record EditionStored(long editionId) {
    }
}
