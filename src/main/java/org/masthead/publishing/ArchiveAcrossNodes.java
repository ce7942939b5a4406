package org.masthead.publishing;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.masthead.base.nodes.Nodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The archive's caches follow editions stored on other nodes: a node that stores an edition
 * (release, correction, import) says so with the commit, and every other node looks at the
 * database again at once and brings its search index up to date there and then, instead of at its
 * next recheck. Each index stays the node's own, read from the database.
 */
@Component
class ArchiveAcrossNodes {

    static final String TOPIC = "edition";
    private static final Logger log = LoggerFactory.getLogger(ArchiveAcrossNodes.class);

    private final Nodes nodes;
    private final ArchiveVersion version;
    private final ArchiveIndex index;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "archive-index-follower");
        thread.setDaemon(true);
        return thread;
    });

    ArchiveAcrossNodes(Nodes nodes, ArchiveVersion version, ArchiveIndex index) {
        this.nodes = nodes;
        this.version = version;
        this.index = index;
        nodes.hear(TOPIC, body -> storedElsewhere());
        nodes.afterGap(this::storedElsewhere);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellTheOtherNodes(ArchiveVersion.EditionStored stored) {
        nodes.tell(TOPIC, Map.of("editionId", stored.editionId()));
    }

    private void storedElsewhere() {
        version.storedElsewhere();
        try {
            indexer.execute(() -> {
                try {
                    if (index.awaitFirstBuild(java.time.Duration.ofMinutes(1))) {
                        index.catchUp();
                    }
                } catch (RuntimeException e) {
                    // The next search tries again.
                    log.warn("Could not bring the archive search index up to date after another node stored an edition", e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // This node is stopping.
        }
    }

    @PreDestroy
    void stop() {
        indexer.shutdownNow();
    }
}
