package org.masthead.section.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.masthead.markdown.WordDiff;
import org.masthead.section.EditConflictException;

/**
 * Two people saved the same section: show both versions side by side, with what differs, and let
 * this person choose or merge. Nothing is lost: their text stays in the dialog until they decide.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(EditConflictException conflict, String mine, Consumer<String> keepMine, Consumer<String> startFrom) {
        setHeaderTitle("Someone else saved this section while you were editing");
        setId("conflict");
        setWidth("min(64rem, 95vw)");
        TextArea theirs = readOnly("Saved by " + conflict.getSavedBy(), conflict.getSavedBody(), "conflict-theirs");
        TextArea yours = readOnly("Yours (not saved yet)", mine, "conflict-mine");
        Div diff = new Div(new Html("<div>" + WordDiff.toHtml(WordDiff.between(conflict.getSavedBody(), mine)) + "</div>"));
        diff.setId("conflict-diff");
        diff.addClassName("preview");
        HorizontalLayout sides = new HorizontalLayout(theirs, yours);
        sides.setWidthFull();
        add(new Paragraph("Compare the two versions. What you typed is kept until you choose."), sides,
                new Paragraph("From the saved version to yours:"), diff);
        Button keep = new Button("Keep mine", e -> {
            close();
            keepMine.accept(mine);
        });
        keep.setId("conflict-keep-mine");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button takeTheirs = new Button("Take theirs", e -> {
            close();
            startFrom.accept(conflict.getSavedBody());
        });
        takeTheirs.setId("conflict-take-theirs");
        Button merge = new Button("Merge by hand", e -> {
            close();
            // Both texts one after the other, with a line saying where the saved one starts.
            startFrom.accept(mine + "\n\nSAVED BY " + conflict.getSavedBy().toUpperCase()
                    + " (merge what you need, then delete this line):\n\n" + conflict.getSavedBody());
        });
        merge.setId("conflict-merge");
        getFooter().add(takeTheirs, merge, keep);
    }

    private static TextArea readOnly(String label, String text, String id) {
        TextArea area = new TextArea(label);
        area.setValue(text);
        area.setReadOnly(true);
        area.setWidthFull();
        area.setId(id);
        return area;
    }
}
