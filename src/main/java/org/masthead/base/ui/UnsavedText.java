package org.masthead.base.ui;

import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;

/**
 * Text that lives only on the screen (a note not yet sent, a correction not yet published) is not
 * lost to a click elsewhere: leaving waits and asks, and staying keeps every character typed.
 * (A section's body needs no asking: the editor keeps it as an autosave.)
 */
public final class UnsavedText {

    private UnsavedText() {
    }

    /**
     * @param unsaved whether the screen holds typed text that leaving would lose
     * @param what    what would be lost, as in "Your … is not sent yet", e.g. "note to the writer"
     */
    public static void askBeforeLeaving(BeforeLeaveEvent event, boolean unsaved, String what) {
        if (!unsaved) {
            return;
        }
        ContinueNavigationAction leave = event.postpone();
        Confirmation.askBeforeRemoving("Leave this page?",
                "Your " + what + " is not sent yet. Leaving the page throws it away; stay to send it.",
                "Leave and discard it", leave::proceed);
    }
}
