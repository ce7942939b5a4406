package org.masthead.section.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.masthead.section.EditorPresence;
import org.masthead.section.EditorPresence.Visitor;

/**
 * "Also here: Anna", kept up to date through server push while the editor is open. A browser
 * closed without a goodbye stops sending Vaadin's heartbeat: once it has missed three, as Vaadin
 * counts before closing a UI, its visitor is no longer there, and each heartbeat of this screen
 * asks again, so the name goes within a few heartbeats (vaadin.heartbeatInterval).
 */
class PresenceLabel extends Span {

    /** Heartbeats a screen may miss before it counts as gone: Vaadin's own rule for closing a UI. */
    private static final int MISSED_HEARTBEATS = 3;

    private final EditorPresence presence;
    private final String username;
    private final String displayName;
    private long sectionId;
    private Runnable leave = () -> { };
    private Registration heartbeats = () -> { };
    /** When this screen's browser last gave a sign of life, in Vaadin's heartbeat clock (system milliseconds). */
    private volatile long lastSeen;

    PresenceLabel(EditorPresence presence, String username, String displayName) {
        this.presence = presence;
        this.username = username;
        this.displayName = displayName;
        setId("presence");
        addClassName("muted");
    }

    void follow(long section) {
        this.sectionId = section;
        if (isAttached()) {
            rejoin(UI.getCurrent());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        heartbeats.remove();
        heartbeats = ui.addHeartbeatListener(beat -> {
            lastSeen = beat.getHeartbeatTime();
            if (sectionId != 0) {
                show(presence.othersThan(sectionId, username));
            }
        });
        rejoin(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        heartbeats.remove();
        heartbeats = () -> { };
        leave.run();
        leave = () -> { };
    }

    private void rejoin(UI ui) {
        leave.run();
        if (sectionId == 0) {
            return;
        }
        lastSeen = System.currentTimeMillis();
        leave = presence.join(sectionId, new Visitor(username, displayName,
                others -> ui.access(() -> show(others)), stillThere(ui)));
        show(presence.othersThan(sectionId, username));
    }

    /**
     * The screen is there until Vaadin closes it (the tab's goodbye beacon, a sign-out) or its
     * heartbeats stop. Vaadin stamps heartbeats with the system clock, so the age is measured on it.
     */
    private BooleanSupplier stillThere(UI ui) {
        int interval = ui.getSession().getConfiguration().getHeartbeatInterval();
        long patienceMillis = interval > 0 ? MISSED_HEARTBEATS * interval * 1000L : Long.MAX_VALUE;
        return () -> !ui.isClosing() && System.currentTimeMillis() - lastSeen < patienceMillis;
    }

    private void show(List<String> others) {
        setText(others.isEmpty() ? "" : "Also here: " + String.join(", ", others));
    }
}
