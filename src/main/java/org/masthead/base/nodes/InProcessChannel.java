package org.masthead.base.nodes;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The channel on H2: the nodes sharing an H2 database live in one JVM (an in-memory database, or
 * a file one opened by a single process), so a message goes to every node here on the same
 * database, after the sending transaction commits, each delivered on that node's own thread.
 */
final class InProcessChannel implements NodeChannel {

    private static final Map<String, Set<InProcessChannel>> ON_DATABASE = new ConcurrentHashMap<>();

    private final String database;
    private final ExecutorService deliverer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "node-messages");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Consumer<String> receiver;

    InProcessChannel(String database) {
        this.database = database;
    }

    @Override
    public void send(String payload) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendNow(payload);
                }
            });
        } else {
            sendNow(payload);
        }
    }

    private void sendNow(String payload) {
        for (InProcessChannel node : ON_DATABASE.getOrDefault(database, Set.of())) {
            node.deliver(payload);
        }
    }

    private void deliver(String payload) {
        Consumer<String> to = receiver;
        if (to == null) {
            return;
        }
        try {
            deliverer.execute(() -> to.accept(payload));
        } catch (RejectedExecutionException closing) {
            // This node is stopping.
        }
    }

    @Override
    public void start(Consumer<String> receiver, Runnable missedSome) {
        this.receiver = receiver;
        ON_DATABASE.computeIfAbsent(database, name -> ConcurrentHashMap.newKeySet()).add(this);
    }

    @Override
    public void close() {
        ON_DATABASE.computeIfPresent(database, (name, nodes) -> {
            nodes.remove(this);
            return nodes.isEmpty() ? null : nodes;
        });
        receiver = null;
        deliverer.shutdownNow();
    }
}
