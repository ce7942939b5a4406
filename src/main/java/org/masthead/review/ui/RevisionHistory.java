package org.masthead.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.base.ui.Formats;
import org.masthead.section.Revision;

/** Every revision of a section; pick any two to see what changed between them, as readers see it. */
class RevisionHistory extends Details {

    private final Select<Revision> older = new Select<>();
    private final Select<Revision> newer = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final TextChanges diff = new TextChanges("history-diff");
    private final MarkdownRenderer markdown;

    RevisionHistory(MarkdownRenderer markdown) {
        this.markdown = markdown;
        setSummaryText("History: compare any two revisions");
        setId("history");
        older.setLabel("From");
        older.setId("history-from");
        newer.setLabel("To");
        newer.setId("history-to");
        summary.setId("history-summary");
        older.addValueChangeListener(e -> compare());
        newer.addValueChangeListener(e -> compare());
        add(new VerticalLayout(new HorizontalLayout(older, newer), summary, diff));
    }

    void show(List<Revision> revisions, ZoneId zone) {
        older.setItemLabelGenerator(r -> label(r, revisions, zone));
        newer.setItemLabelGenerator(r -> label(r, revisions, zone));
        older.setItems(revisions);
        newer.setItems(revisions);
        if (revisions.size() >= 2) {
            older.setValue(revisions.get(revisions.size() - 2));
            newer.setValue(revisions.get(revisions.size() - 1));
        }
        compare();
    }

    private void compare() {
        diff.clear();
        summary.setText("");
        if (older.getValue() != null && newer.getValue() != null) {
            summary.setText(switch (diff.show(older.getValue().getBody(), newer.getValue().getBody(), markdown)) {
                case NONE -> "No changes between these two revisions.";
                case MARKDOWN_ONLY -> "Readers see no change between these two revisions; only the Markdown differs.";
                case VISIBLE -> "Insertions underlined, deletions struck through.";
            });
        }
    }

    private static String label(Revision revision, List<Revision> all, ZoneId zone) {
        String why = switch (revision.getReason()) {
            case SUBMIT -> "submitted";
            case EDITOR_SAVE -> "copy-edited";
            case CHANGED_AFTER_APPROVAL -> "changed after approval";
            case CORRECTION -> "corrected after release";
            case IMPORT -> "imported";
        };
        return "#" + (all.indexOf(revision) + 1) + " " + why + " by " + revision.getAuthor() + ", "
                + Formats.moment(revision.getCreatedAt(), zone);
    }
}
