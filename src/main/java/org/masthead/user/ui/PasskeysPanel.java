package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.DeskTime;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.security.Passkeys;
import org.masthead.security.Passkeys.Passkey;
import org.masthead.security.ui.PasskeyCeremony;

/**
 * The profile's passkeys: the person's own, each with its name, when it was added and last used,
 * and a Remove that asks first; and "Add a passkey", which runs the browser's WebAuthn ceremony
 * against Spring Security's endpoints. What goes wrong shows on the name field, as a sentence.
 */
class PasskeysPanel extends VerticalLayout {

    static final int LABEL_MAX = 100;
    static final String NO_LABEL = "Give the passkey a name, such as the device it is on, to tell it apart later.";
    static final String UNSUPPORTED = "This browser cannot make passkeys. Use a recent browser, or keep signing in with your password.";
    static final String CANCELLED = "No passkey was made: the browser's question was cancelled or timed out, or this device already has one for you. Try again.";
    static final String REFUSED = "The desk did not accept that passkey. Try again, or use another device.";
    static final String FAILED = "Adding the passkey did not work just now. Try again in a moment.";

    private final Passkeys passkeys;
    private final DeskTime time;
    private final VerticalLayout list = new VerticalLayout();

    PasskeysPanel(Passkeys passkeys, DeskTime time) {
        this.passkeys = passkeys;
        this.time = time;
        setPadding(false);
        list.setId("passkeys");
        list.setPadding(false);
        list.setSpacing(false);

        TextField label = new TextField("Name of the new passkey");
        label.setId("passkey-label");
        label.setMaxLength(LABEL_MAX);
        label.setWidth("20em");
        label.setHelperText("For example the device it is on, such as \"Work laptop\"");
        Button add = new Button("Add a passkey");
        add.setId("add-passkey");
        add.setDisableOnClick(true);
        add.addClickListener(e -> {
            String name = label.getValue().strip();
            if (name.isEmpty()) {
                refuse(label, NO_LABEL);
                add.setEnabled(true);
                return;
            }
            label.setInvalid(false);
            PasskeyCeremony.register(e.getSource().getUI().orElseThrow(), name, outcome -> {
                add.setEnabled(true);
                switch (outcome) {
                    case DONE -> {
                        label.clear();
                        refresh();
                        Toast.show("Your passkey \u201c" + name + "\u201d is added. Next time, sign in with it instead of your password.");
                    }
                    case UNSUPPORTED -> refuse(label, UNSUPPORTED);
                    case CANCELLED -> refuse(label, CANCELLED);
                    case REFUSED -> refuse(label, REFUSED);
                    default -> refuse(label, FAILED);
                }
            });
        });
        HorizontalLayout adding = new HorizontalLayout(label, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H3("Passkeys"),
                new Paragraph("With a passkey you sign in with this device's fingerprint, face or PIN instead of your password."),
                list, adding);
        refresh();
    }

    private static void refuse(TextField label, String sentence) {
        label.setErrorMessage(sentence);
        label.setInvalid(true);
    }

    private void refresh() {
        list.removeAll();
        var mine = passkeys.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("You have no passkey yet.");
            none.setId("no-passkeys");
            list.add(none);
        }
        for (Passkey passkey : mine) {
            Span name = new Span(passkey.label());
            name.getStyle().set("font-weight", "600");
            // Spring stamps a new passkey as used when it is made; it has signed nobody in until it is used again.
            boolean used = passkey.lastUsed() != null && !passkey.lastUsed().equals(passkey.created());
            Span when = new Span("added " + Formats.moment(passkey.created(), time.zone()) + ", "
                    + (used ? "last used " + Formats.moment(passkey.lastUsed(), time.zone()) : "not used to sign in yet"));
            Button remove = new Button("Remove", e -> askToRemove(passkey));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", "Remove the passkey " + passkey.label());
            remove.addClassName("remove-passkey");
            HorizontalLayout row = new HorizontalLayout(name, when, remove);
            row.addClassName("passkey");
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
    }

    private void askToRemove(Passkey passkey) {
        Confirmation.askBeforeRemoving("Remove the passkey \u201c" + passkey.label() + "\u201d?",
                "It will not sign you in any more. Your other passkeys and your password still do.",
                "Remove passkey", () -> {
                    if (passkeys.removeMine(passkey.id())) {
                        Toast.show("The passkey \u201c" + passkey.label() + "\u201d is removed: it signs nobody in now.");
                    } else {
                        Toast.showRefusal("That passkey was already removed.");
                    }
                    refresh();
                });
    }
}
