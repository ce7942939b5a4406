package org.masthead.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Irreversible acts ask first. The question names the act and its object, the text says what
 * will happen, the confirm button repeats the act in words ("Release issue 2 now"), and Cancel
 * does nothing at all: the act runs only on confirm.
 */
public final class Confirmation {

    /** The dialog's id, for tests and the browser: only one question is open at a time. */
    public static final String ID = "confirmation";

    private Confirmation() {
    }

    /** Asks before an act that cannot be taken back (releasing, publishing). */
    public static ConfirmDialog ask(String question, String whatHappens, String act, Runnable then) {
        return open(question, whatHappens, act, "primary", then);
    }

    /** Asks before an act that takes something away from someone (a password, access, a section). */
    public static ConfirmDialog askBeforeRemoving(String question, String whatHappens, String act, Runnable then) {
        return open(question, whatHappens, act, "error primary", then);
    }

    private static ConfirmDialog open(String question, String whatHappens, String act, String theme, Runnable then) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(ID);
        dialog.setHeader(question);
        dialog.setText(whatHappens);
        dialog.setConfirmText(act);
        dialog.setConfirmButtonTheme(theme);
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.addConfirmListener(e -> then.run());
        dialog.open();
        return dialog;
    }
}
