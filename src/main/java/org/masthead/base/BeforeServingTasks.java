package org.masthead.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link BeforeServing} once, in order, while the context starts: as a lifecycle of an
 * earlier phase than the web server's, whose start is what opens the port. Every bean exists and is
 * proxied (transactions, method security) by then. A failure stops the start, as a runner's would.
 */
@Component
class BeforeServingTasks implements SmartLifecycle {

    /** Below the web server's start (WebServerStartStopLifecycle, graceful-shutdown phase - 1024). */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 4096;

    private final ObjectProvider<BeforeServing> tasks;
    private volatile boolean done;

    BeforeServingTasks(ObjectProvider<BeforeServing> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void start() {
        if (!done) {
            tasks.orderedStream().forEach(BeforeServing::prepare);
            done = true;
        }
    }

    @Override
    public void stop() {
        // Nothing to undo: what the tasks wrote stays.
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
