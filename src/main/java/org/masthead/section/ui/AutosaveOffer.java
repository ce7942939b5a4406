package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.masthead.base.ui.Formats;
import org.masthead.section.Autosave;

/**
 * "You have unsaved text from 10:42": shown when a person comes back to a section whose text they
 * were typing when the browser crashed, the tab closed or the session expired.
 */
class AutosaveOffer extends Div {

    private final Span text = new Span();
    private final Button restore = new Button("Restore it");
    private final Button discard = new Button("Discard it");
    private Runnable onDiscard = () -> { };
    private Consumer<String> onRestore = body -> { };
    private String pending;

    AutosaveOffer() {
        setId("autosave-offer");
        addClassName("notice");
        restore.setId("autosave-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        restore.addClickListener(e -> {
            setVisible(false);
            onRestore.accept(pending);
        });
        discard.setId("autosave-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL);
        discard.addClickListener(e -> {
            setVisible(false);
            onDiscard.run();
        });
        add(text, restore, discard);
        setVisible(false);
    }

    void show(Optional<Autosave> autosave, ZoneId zone, Consumer<String> restoreTo, Runnable discardIt) {
        setVisible(autosave.isPresent());
        autosave.ifPresent(a -> {
            pending = a.getBody();
            onRestore = restoreTo;
            onDiscard = discardIt;
            text.setText("You have unsaved text from " + Formats.moment(a.getSavedAt(), zone)
                    + " that differs from the saved section. ");
        });
    }
}
