package org.masthead.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Tells what happened, in one sentence: briefly, in the bottom corner away from the text being
 * written (the editor's text is on the left, its preview on the right), one at a time (a new one
 * closes the one before), and only on the screen where it happened ({@link DeskUi} closes it on
 * navigation). What is wrong with a value belongs on its field ({@link FieldRefusals}), not here.
 */
public final class Toast {

    static final int DURATION_MS = 3000;
    static final Notification.Position POSITION = Notification.Position.BOTTOM_END;
    private static final String SHOWN = Toast.class.getName();

    private Toast() {
    }

    /** What the person's action did: "Saved.", "Issue 4 created…". */
    public static Notification show(String sentence) {
        return open(sentence, null);
    }

    /** A refusal nobody could place on a field: the last resort, in the same short style. */
    public static Notification showRefusal(String sentence) {
        return open(sentence, NotificationVariant.LUMO_ERROR);
    }

    private static Notification open(String sentence, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        Notification previous = (Notification) ComponentUtil.getData(ui, SHOWN);
        if (previous != null) {
            previous.close();
        }
        closeShown(ui);
        Notification note = new Notification(sentence, DURATION_MS, POSITION);
        if (variant != null) {
            note.addThemeVariants(variant);
        }
        note.open();
        ComponentUtil.setData(ui, SHOWN, note);
        return note;
    }

    /**
     * Closes the notifications already on screen. One opened in this same round trip is not on
     * screen yet and stays: "Issue 4 created" is news on the board the person is taken to.
     */
    static void closeShown(UI ui) {
        ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast)
                .filter(Notification::isOpened).toList().forEach(Notification::close);
    }
}
