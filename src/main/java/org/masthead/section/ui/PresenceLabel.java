package org.masthead.section.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.masthead.section.EditorPresence;
import org.masthead.section.EditorPresence.Visitor;

/** "Also here: Anna", kept up to date through server push while the editor is open. */
class PresenceLabel extends Span {

    private final EditorPresence presence;
    private final String username;
    private final String displayName;
    private long sectionId;
    private Runnable leave = () -> { };

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
        rejoin(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leave.run();
        leave = () -> { };
    }

    private void rejoin(UI ui) {
        leave.run();
        if (sectionId == 0) {
            return;
        }
        leave = presence.join(sectionId, new Visitor(username, displayName,
                others -> ui.access(() -> show(others))));
        show(presence.othersThan(sectionId, username));
    }

    private void show(List<String> others) {
        setText(others.isEmpty() ? "" : "Also here: " + String.join(", ", others));
    }
}
