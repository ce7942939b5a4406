package org.masthead.section.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import org.masthead.base.ui.Formats;
import org.masthead.section.ReviewNote;

/** The review notes of a section, oldest first, as a thread. */
public class NotesThread extends Div {

    public NotesThread() {
        setId("notes");
    }

    public void show(List<ReviewNote> notes, ZoneId zone) {
        removeAll();
        add(new H3("Review notes"));
        if (notes.isEmpty()) {
            add(new Paragraph("No notes yet."));
            return;
        }
        for (ReviewNote note : notes) {
            Div item = new Div();
            item.addClassName("note");
            Span who = new Span(switch (note.getKind()) {
                case RETURNED -> note.getAuthor() + " returned it";
                case REOPENED -> note.getAuthor() + " reopened it";
                case ANSWER -> note.getAuthor() + " answered";
            } + " · " + Formats.moment(note.getCreatedAt(), zone));
            who.addClassName("muted");
            item.add(who, new Paragraph(note.getBody()));
            add(item);
        }
    }
}
