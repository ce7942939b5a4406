package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.JsonArray;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.function.Consumer;
import org.masthead.section.ui.MarkdownEdits.Action;
import org.masthead.section.ui.MarkdownEdits.Edit;

/**
 * Buttons and keyboard shortcuts that put Markdown around the selection of the editor's text
 * area. The browser sends the text and the selection with the click or key press itself (as
 * event data, so no extra round trip and no stale text from the debounced value), the server
 * computes the edit ({@link MarkdownEdits}) and sends back the text and the new selection.
 *
 * <p>When an event carries no browser state (a server-side test, where no browser runs), the
 * toolbar uses its own notion of the selection: the last one it set or was given by
 * {@link #select}, else the end of the text.
 */
public class MarkdownToolbar extends HorizontalLayout {

    private final TextArea area;
    private int start = -1;
    private int end = -1;

    public MarkdownToolbar(TextArea area) {
        this.area = area;
        setId("markdown-toolbar");
        setSpacing(false);
        addClassName("markdown-toolbar");
        for (Action action : Action.values()) {
            Button button = new Button(symbol(action));
            button.setId("toolbar-" + action.name().toLowerCase().replace('_', '-'));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setTooltipText(action.label() + " (" + action.shortcut() + ")");
            button.getElement().setAttribute("aria-label", action.label());
            onClickWithSelection(button, edit -> show(MarkdownEdits.apply(action, edit)));
            add(button);
            area.getElement().addEventListener("keydown", event -> show(MarkdownEdits.apply(action, editFrom(event))))
                    .setFilter(shortcutFilter(action))
                    .addEventData(STATE);
        }
    }

    /**
     * The text area's text and selection, read in the browser when a button is clicked. The id
     * lookup works from any button, including one in a dialog's overlay.
     */
    String clickState() {
        String id = area.getId().orElseThrow(() -> new IllegalStateException("The text area needs an id"));
        return "(function(t){return t ? [t.value, t.selectionStart, t.selectionEnd] : null})"
                + "(document.getElementById('" + id + "') && document.getElementById('" + id + "').inputElement)";
    }

    /** The same, read from the text area itself on a key press. */
    static final String STATE = "element.inputElement ? [element.inputElement.value, "
            + "element.inputElement.selectionStart, element.inputElement.selectionEnd] : null";

    /** A click on the button runs the handler with the editor's text and selection at that moment. */
    public void onClickWithSelection(Button button, Consumer<Edit> handler) {
        String state = clickState();
        button.getElement().addEventListener("click", event -> {
            if (!area.isReadOnly()) {
                handler.accept(editFrom(event, state));
            }
        }).addEventData(state);
    }

    /** Selects part of the text, in the browser and in the toolbar's own notion of the selection. */
    public void select(int from, int to) {
        Edit edit = new Edit(area.getValue(), from, to);
        start = edit.start();
        end = edit.end();
        area.getElement().executeJs("const t = this.inputElement; if (t) { setTimeout(() => { t.focus(); "
                + "t.setSelectionRange($0, $1); }); }", start, end);
    }

    /** The selection as the server knows it. */
    public Edit selection() {
        return start < 0 ? Edit.atEnd(area.getValue()) : new Edit(area.getValue(), start, end);
    }

    /** Shows an edit: the new text (which updates the preview) and its selection. */
    public void show(Edit edit) {
        if (area.isReadOnly()) {
            return;
        }
        area.setValue(edit.text());
        select(edit.start(), edit.end());
    }

    private Edit editFrom(DomEvent event) {
        return editFrom(event, STATE);
    }

    private Edit editFrom(DomEvent event, String expression) {
        JsonValue state = event.getEventData().hasKey(expression) ? event.getEventData().get(expression) : null;
        if (state == null || state.getType() != JsonType.ARRAY) {
            return selection();
        }
        JsonArray values = (JsonArray) state;
        String text = values.getString(0);
        // The browser's text is the newest: the value sent after typing may still be on its way.
        area.setValue(text);
        return new Edit(text, (int) values.getNumber(1), (int) values.getNumber(2));
    }

    /**
     * The key press an action answers to, as a client-side filter. It also stops the browser's
     * own meaning of the keys, only for this key press: the filter runs preventDefault() last.
     */
    static String shortcutFilter(Action action) {
        String keys = switch (action) {
            case BOLD -> "event.key.toLowerCase() === 'b' && !event.shiftKey && !event.altKey";
            case ITALIC -> "event.key.toLowerCase() === 'i' && !event.shiftKey && !event.altKey";
            case LINK -> "event.key.toLowerCase() === 'k' && !event.shiftKey && !event.altKey";
            case HEADING -> "event.code === 'KeyH' && event.altKey && !event.shiftKey";
            case BULLET_LIST -> "event.code === 'Digit8' && event.shiftKey && !event.altKey";
            case QUOTE -> "event.code === 'Period' && event.shiftKey && !event.altKey";
        };
        return "(event.ctrlKey || event.metaKey) && " + keys + " && (event.preventDefault() || true)";
    }

    private static String symbol(Action action) {
        return switch (action) {
            case BOLD -> "B";
            case ITALIC -> "I";
            case LINK -> "Link";
            case HEADING -> "H";
            case BULLET_LIST -> "• List";
            case QUOTE -> "“ Quote";
        };
    }
}
