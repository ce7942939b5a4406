package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.masthead.base.ui.Formats;
import org.masthead.section.ReviewNote;

/**
 * The review notes of a section, oldest first, as a thread. Open notes (an editor's note not yet
 * marked resolved) are marked, and whoever may resolve them gets a button for it.
 */
public class NotesThread extends Div {

    /** From a note's author or resolver as stored (a sign-in name) to how everyone knows them ("Erin Editor"). */
    private final UnaryOperator<String> nameOf;

    /** @param nameOf a sign-in name to a display name; an outside reader's "Name (preview link)" passes through */
    public NotesThread(UnaryOperator<String> nameOf) {
        this.nameOf = nameOf;
        setId("notes");
    }

    public void show(List<ReviewNote> notes, ZoneId zone) {
        show(notes, zone, null);
    }

    /** @param resolve what to do when a note is marked resolved, or null when this person may not */
    public void show(List<ReviewNote> notes, ZoneId zone, Consumer<ReviewNote> resolve) {
        show(notes, zone, resolve, null, null);
    }

    /**
     * @param body        the Markdown the notes on passages point into, for the line each stands on; null for none
     * @param showPassage what to do when the line of a note's passage is clicked, or null to only name the line
     */
    public void show(List<ReviewNote> notes, ZoneId zone, Consumer<ReviewNote> resolve, String body,
                     Consumer<ReviewNote> showPassage) {
        removeAll();
        long open = notes.stream().filter(ReviewNote::isOpen).count();
        add(new H3(open == 0 ? "Review notes" : "Review notes (" + open + " open)"));
        if (notes.isEmpty()) {
            add(new Paragraph("No notes yet."));
            return;
        }
        for (ReviewNote note : notes) {
            Div item = new Div();
            item.addClassName("note");
            String author = note.getKind() == ReviewNote.Kind.PREVIEW_COMMENT ? note.getAuthor() : nameOf.apply(note.getAuthor());
            Span who = new Span(switch (note.getKind()) {
                case RETURNED -> author + " returned it";
                case REOPENED -> author + " reopened it";
                case ANSWER -> author + " answered";
                case PREVIEW_COMMENT -> author + " commented";
                case PASSAGE -> author + " commented on a passage";
            } + " · " + Formats.moment(note.getCreatedAt(), zone)
                    + (note.getResolvedAt() == null ? "" : " · resolved by " + nameOf.apply(note.getResolvedBy())));
            who.addClassName("muted");
            item.add(who);
            if (note.isOnPassage()) {
                item.setId("note-" + note.getId());
                item.add(passage(note, body, showPassage));
            }
            item.add(new Paragraph(note.isOnPassage() ? "On \u201c" + note.getPassageQuote() + "\u201d: " + note.getBody()
                    : note.getBody()));
            if (note.isOpen()) {
                item.addClassName("open");
                if (resolve != null) {
                    Button done = new Button("Mark resolved", e -> resolve.accept(note));
                    done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    done.setId("resolve-" + note.getId());
                    item.add(done);
                }
            }
            add(item);
        }
    }

    /** Where the passage is in the Markdown ("line 4"), or that it is gone and the quote is all that is left of it. */
    private static Span passage(ReviewNote note, String body, Consumer<ReviewNote> showPassage) {
        Span where = new Span();
        where.addClassName("passage-place");
        if (note.isPassageGone()) {
            where.setText("The passage is gone from the text; the quote shows what the note was about.");
            where.addClassName("gone");
        } else if (body != null) {
            String line = "Line " + note.passage().orElseThrow().lineIn(body) + " of the Markdown";
            if (showPassage == null) {
                where.setText(line);
            } else {
                Button go = new Button(line, e -> showPassage.accept(note));
                go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                go.setId("passage-line-" + note.getId());
                where.add(go);
            }
        }
        return where;
    }
}
