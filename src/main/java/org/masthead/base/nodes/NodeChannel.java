package org.masthead.base.nodes;

import java.util.function.Consumer;

/** How messages travel between the nodes on one database. */
interface NodeChannel {

    /**
     * Sends to every node on the database, this one included: with the commit of the transaction
     * under way (a rolled-back one sends nothing), at once outside one.
     */
    void send(String payload);

    /**
     * Hands every message heard to {@code receiver}, in order, on a thread of the channel's own.
     * {@code missedSome} runs when messages may have been lost (the channel lost its connection and
     * has it back), so what depends on them can read the database afresh.
     */
    void start(Consumer<String> receiver, Runnable missedSome);

    /** Stops hearing. */
    void close();
}
