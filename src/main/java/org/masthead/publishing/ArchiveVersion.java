package org.masthead.publishing;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which editions exist, as one number (from the newest edition's id and time), so the public side can keep what
 * it prepared in memory and ask the database only once in a while (a second by default). An edition
 * stored on this node is seen at once (the event below); one stored by another node as soon as that
 * node says so ({@link ArchiveAcrossNodes}), and within that while even if the message was lost.
 */
@Component
class ArchiveVersion {

    private final EditionRepository editions;
    private final long recheckNanos;
    private volatile long newestId = -1;
    private volatile long checkedAt;
    private volatile boolean stale = true;

    ArchiveVersion(EditionRepository editions, ArchiveSettings settings) {
        this.editions = editions;
        this.recheckNanos = settings.recheckAfter().toNanos();
    }

    long current() {
        long now = System.nanoTime();
        if (stale || now - checkedAt >= recheckNanos) {
            stale = false;
            checkedAt = now;
            newestId = versionOf(editions.newestIdAndStoredAt().get(0));
        }
        return newestId;
    }

    /**
     * The newest id, mixed with when the newest edition was stored: an id alone can come back (a
     * database restored from a backup, or emptied and filled again, numbers its editions anew), and
     * a page prepared for the old edition must not be taken for the new one's.
     */
    private static long versionOf(Object[] newest) {
        long id = ((Number) newest[0]).longValue();
        Instant storedAt = (Instant) newest[1];
        long stamp = storedAt == null ? 0 : storedAt.getEpochSecond() * 1_000_000_000L + storedAt.getNano();
        return id * 0x9E3779B97F4A7C15L ^ stamp;
    }

    /** After the transaction that stored an edition commits: look again at the next request. */
    @TransactionalEventListener(fallbackExecution = true)
    void editionStored(EditionStored stored) {
        stale = true;
    }

    /** Another node stored an edition (it said so): look again at the next request. */
    void storedElsewhere() {
        stale = true;
    }

    /** An edition was stored (release, correction, import). */
    record EditionStored(long editionId) {
    }
}
