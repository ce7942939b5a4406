package org.masthead.review.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.masthead.section.NoteLength;
import org.masthead.section.ReviewNote;

/**
 * Commenting on a passage in two steps, so that typing the note cannot lose the selection: the
 * editor selects words of the rendered section (with the mouse, or the keyboard) and takes them
 * with "Comment on selection"; the words are then quoted above the note's field, and "Add note"
 * sends both. The browser only reports what is selected; the server finds it in the Markdown.
 */
class PassageNoteForm extends Div {

    /** What adding a note does: one service call with the selection and the note, then the screen refreshes; the form then clears. */
    interface Adding {
        void add(String selected, int wordsBefore, String note);
    }

    /**
     * Reads the selection and how many words of the section come before it (which of two equal
     * passages it is); a selection reaching outside the section's text is reported as such.
     */
    private static final String READ_SELECTION = """
            const area = $0;
            const selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
                this.$server.selected('', 0, true);
                return;
            }
            const range = selection.getRangeAt(0);
            const inside = area.contains(range.startContainer) && area.contains(range.endContainer);
            let before = 0;
            if (inside) {
                const head = document.createRange();
                head.setStart(area, 0);
                head.setEnd(range.startContainer, range.startOffset);
                before = (head.toString().match(/[\\p{L}\\p{N}\\p{M}_]+/gu) || []).length;
            }
            this.$server.selected(selection.toString(), before, inside);
            """;

    private final Component text;
    private final Adding adding;
    private final Button take = new Button("Comment on selection");
    private final Paragraph hint = new Paragraph("Select words of the text above, then comment on them.");
    private final Paragraph quote = new Paragraph();
    private final TextArea note = new TextArea("Note on the passage");
    private final Button add = new Button("Add note");
    private final Button cancel = new Button("Cancel");
    private String selected = "";
    private int wordsBefore;

    PassageNoteForm(Component text, Adding adding) {
        this.text = text;
        this.adding = adding;
        setId("passage-note-form");
        hint.addClassName("muted");
        take.setId("comment-on-selection");
        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
        take.addClickListener(e -> getElement().executeJs(READ_SELECTION, this.text.getElement()));
        quote.setId("passage-quote");
        note.setId("passage-note");
        note.setWidthFull();
        note.setMaxLength(NoteLength.MAX);
        add.setId("add-passage-note");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> {
            // A refused note throws before this clears: the selection and the typed note stay.
            adding.add(selected, wordsBefore, note.getValue());
            clear();
        });
        cancel.setId("cancel-passage-note");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClickListener(e -> clear());
        add(new HorizontalLayout(take, hint), quote, note, new HorizontalLayout(add, cancel));
        clear();
    }

    /** Called by the page with what is selected; nothing selected, or words beyond the section, is said at once. */
    @ClientCallable
    public void selected(String words, int before, boolean insideTheText) {
        if (!insideTheText) {
            showRefusal("Select words within the section's text only: the selection reaches beyond it.");
            return;
        }
        if (words == null || words.isBlank()) {
            showRefusal("Nothing is selected. Select words of the section's text, then comment on them.");
            return;
        }
        selected = words;
        wordsBefore = Math.max(0, before);
        hint.setText("");
        quote.setText("On \u201c" + ReviewNote.quoteShown(words) + "\u201d:");
        quote.setVisible(true);
        note.setVisible(true);
        add.setVisible(true);
        cancel.setVisible(true);
        note.focus();
    }

    private void showRefusal(String sentence) {
        hint.setText(sentence);
        hint.removeClassName("muted");
        hint.addClassName("refusal");
    }

    /** Back to the first step: after a note was added, or on cancel. */
    void clear() {
        selected = "";
        wordsBefore = 0;
        note.clear();
        hint.setText("Select words of the text above, then comment on them.");
        hint.removeClassName("refusal");
        hint.addClassName("muted");
        quote.setVisible(false);
        note.setVisible(false);
        add.setVisible(false);
        cancel.setVisible(false);
    }

    boolean holdsText() {
        return !note.getValue().isBlank();
    }
}
