package org.masthead.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.masthead.base.DeskChange;
import org.masthead.base.nodes.Nodes;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens that the desk changed, so they show someone else's submit, approval or
 * release within a moment instead of at the next reload. Every {@link DeskChange} is passed on
 * once its transaction commits (a rolled-back action changed nothing), through server push.
 *
 * <p>Changes travel between the nodes on one database too ({@link Nodes}: PostgreSQL's
 * LISTEN/NOTIFY): each committed change is told to the others with its commit, by kind and ids
 * ({@link ChangeOnAnotherNode}), and their screens read the rest from the database. The database
 * stays the only shared state; a node that could not hear for a while refreshes every screen.
 */
@org.springframework.stereotype.Component
public class DeskUpdates {

    static final String TOPIC = "desk";

    private final Set<Consumer<DeskChange>> listeners = ConcurrentHashMap.newKeySet();
    private final Nodes nodes;
    /**
     * Screens are refreshed on a thread of their own: the person who acted gets her answer without
     * waiting for everybody else's screen, and one session's lock is never taken inside another's.
     */
    private final ExecutorService pusher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desk-updates");
        thread.setDaemon(true);
        return thread;
    });

    DeskUpdates(Nodes nodes) {
        this.nodes = nodes;
        nodes.hear(TOPIC, body -> changed(ChangeOnAnotherNode.of(body)));
        nodes.afterGap(() -> changed(ChangeOnAnotherNode.UNKNOWN));
    }

    /** Hears every committed change on this node, and those the other nodes tell, until the registration is removed. */
    public Registration register(Consumer<DeskChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Tells the other nodes within the transaction: on PostgreSQL the notification goes out with
     * its commit, and not at all if it rolls back.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellTheOtherNodes(DeskChange change) {
        if (!(change instanceof ChangeOnAnotherNode)) {
            nodes.tell(TOPIC, ChangeOnAnotherNode.describe(change));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(DeskChange change) {
        for (Consumer<DeskChange> listener : listeners) {
            listener.accept(change);
        }
    }

    /**
     * Runs {@code refresh} in the component's UI after changes made by someone else, while the
     * component is on screen. The screen that made the change is left out: it already shows the
     * outcome of its own action.
     */
    public void whileShown(Component component, Runnable refresh) {
        follow(component, false, refresh);
    }

    /** The same, for the screen that made the change too (the inbox count, which no view updates). */
    public void whileShownAfterEveryChange(Component component, Runnable refresh) {
        follow(component, true, refresh);
    }

    private void follow(Component component, boolean ownChangesToo, Runnable refresh) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // Several changes in one action (approved, and the issue became ready) refresh once.
            AtomicBoolean queued = new AtomicBoolean();
            Registration registration = register(change -> {
                // Called on the thread that committed: the acting screen is the current UI there.
                if ((!ownChangesToo && UI.getCurrent() == ui) || !queued.compareAndSet(false, true)) {
                    return;
                }
                pusher.execute(() -> push(ui, queued, refresh));
            });
            component.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void push(UI ui, AtomicBoolean queued, Runnable refresh) {
        try {
            ui.access(() -> {
                queued.set(false);
                refresh.run();
            });
        } catch (UIDetachedException gone) {
            queued.set(false);
        }
    }

    @PreDestroy
    void stop() {
        pusher.shutdownNow();
    }
}
