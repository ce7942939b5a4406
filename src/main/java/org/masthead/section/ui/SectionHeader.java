package org.masthead.section.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.masthead.base.ui.Formats;
import org.masthead.section.Section;

/** What the section is: the way back to its issue, its heading, state, writer, deadline, who else is in it, its guidance. */
class SectionHeader extends VerticalLayout {

    private final Anchor board = new Anchor();
    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Paragraph guidance = new Paragraph();

    SectionHeader(PresenceLabel presence) {
        setPadding(false);
        board.setId("to-board");
        guidance.addClassName("muted");
        add(board, heading, meta, presence, guidance);
    }

    void show(Section section) {
        board.setHref("issues/" + section.getIssue().getId());
        board.setText("Back to issue " + section.getIssue().getNumber());
        heading.setText(section.getHeading());
        meta.setText("Issue " + section.getIssue().getNumber() + " · " + section.getState().label()
                + " · " + section.getWriterName() + " · deadline " + Formats.day(section.getDeadline()));
        guidance.setText(section.getGuidance() + (section.getWordRange().isSet()
                ? " (" + section.getWordRange().label() + ")" : ""));
    }
}
