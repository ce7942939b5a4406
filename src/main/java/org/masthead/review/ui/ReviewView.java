package org.masthead.review.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.masthead.base.MarkdownRenderer;
import org.masthead.section.ReviewNotes;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.section.ui.NotesThread;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;

/** The editor's screen: the section as readers will see it, then approve, return or reopen. */
@Route("review")
@PageTitle("Review · Masthead")
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class ReviewView extends VerticalLayout implements HasUrlParameter<Long> {

    private final SectionService sections;
    private final SectionWorkflow workflow;
    private final ReviewNotes notes;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;

    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Div rendered = new Div();
    private final NotesThread thread = new NotesThread();
    private final TextArea note = new TextArea("Note to the writer");
    private final Button approve = new Button("Approve");
    private final Button returnIt = new Button("Return with note");
    private final Button reopen = new Button("Reopen with note");
    private final Anchor board = new Anchor();
    private Section section;

    public ReviewView(SectionService sections, SectionWorkflow workflow, ReviewNotes notes, MarkdownRenderer markdown,
                      CurrentUser currentUser) {
        this.sections = sections;
        this.workflow = workflow;
        this.notes = notes;
        this.markdown = markdown;
        this.currentUser = currentUser;
        rendered.setId("rendered");
        rendered.addClassName("preview");
        rendered.setWidthFull();
        note.setId("note");
        note.setWidthFull();
        note.setMaxLength(SectionWorkflow.NOTE_MAX);
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> {
            workflow.approve(section.getId());
            Notification.show("Approved: " + section.getHeading() + ".");
            refresh();
        });
        returnIt.setId("return");
        returnIt.addClickListener(e -> {
            workflow.returnToWriter(section.getId(), note.getValue());
            Notification.show("Returned to " + section.getWriterName() + " with your note.");
            note.clear();
            refresh();
        });
        reopen.setId("reopen");
        reopen.addClickListener(e -> {
            workflow.reopen(section.getId(), note.getValue());
            Notification.show("Reopened. " + section.getWriterName() + " has it again.");
            note.clear();
            refresh();
        });
        board.setId("to-board");
        add(board, heading, meta, rendered, thread, note, new HorizontalLayout(approve, returnIt, reopen));
    }

    @Override
    public void setParameter(BeforeEvent event, Long sectionId) {
        section = sections.require(sectionId);
        refresh();
    }

    private void refresh() {
        section = sections.require(section.getId());
        board.setHref("issues/" + section.getIssue().getId());
        board.setText("Back to issue " + section.getIssue().getNumber());
        heading.setText(section.getHeading());
        meta.setText(section.getState().label() + " · written by " + section.getWriterName()
                + " · last change by " + section.getLastChangedBy());
        rendered.removeAll();
        rendered.add(new Html("<div>" + markdown.toSafeHtml(section.getBody()) + "</div>"));
        thread.show(notes.of(section.getId()), section.getIssue().getPublication().getTimeZone());
        boolean open = !section.getIssue().isReleased();
        boolean inReview = open && section.getState() == SectionState.IN_REVIEW && currentUser.hasRole(Role.EDITOR);
        approve.setVisible(inReview);
        returnIt.setVisible(inReview);
        reopen.setVisible(open && section.getState() == SectionState.APPROVED);
        note.setVisible(inReview || reopen.isVisible());
    }
}
