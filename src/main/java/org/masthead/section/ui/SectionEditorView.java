package org.masthead.section.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.masthead.section.ReviewNote;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.masthead.base.MarkdownRenderer;
import org.masthead.base.ui.Formats;
import org.masthead.section.ReviewNotes;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;

/** Where writers write: Markdown on the left, the rendered preview beside it, the notes below. */
@Route("sections")
@PageTitle("Section · Masthead")
@RolesAllowed({"WRITER", "EDITOR", "PUBLISHER"})
public class SectionEditorView extends VerticalLayout implements HasUrlParameter<Long> {

    private final SectionService sections;
    private final SectionWorkflow workflow;
    private final ReviewNotes notes;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;

    private final Anchor board = new Anchor();
    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Paragraph guidance = new Paragraph();
    private final TextArea body = new TextArea("Markdown");
    private final Div preview = new Div();
    private final Span words = new Span();
    private final Button save = new Button("Save");
    private final Button submit = new Button("Submit for review");
    private final NotesThread thread = new NotesThread();
    private final TextArea answer = new TextArea("Answer the editor");
    private final Button sendAnswer = new Button("Send answer");
    private Section section;

    public SectionEditorView(SectionService sections, SectionWorkflow workflow, ReviewNotes notes,
                             MarkdownRenderer markdown, CurrentUser currentUser) {
        this.sections = sections;
        this.workflow = workflow;
        this.notes = notes;
        this.markdown = markdown;
        this.currentUser = currentUser;
        setSizeFull();
        guidance.addClassName("muted");
        body.setId("body");
        body.setMaxLength(Section.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("24em");
        // Debounced: the preview follows typing without a round trip per key.
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(300);
        body.addValueChangeListener(e -> showPreview(e.getValue()));
        preview.setId("preview");
        preview.addClassName("preview");
        preview.setWidthFull();
        words.setId("word-count");
        save.setId("save");
        save.addClickListener(e -> save());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        answer.setId("answer");
        answer.setMaxLength(SectionWorkflow.NOTE_MAX);
        answer.setWidthFull();
        sendAnswer.setId("send-answer");
        sendAnswer.addClickListener(e -> {
            notes.answer(section.getId(), answer.getValue());
            answer.clear();
            Notification.show("Answer sent to the editors.");
            refresh();
        });
        HorizontalLayout panes = new HorizontalLayout(body, preview);
        panes.setWidthFull();
        board.setId("to-board");
        add(board, heading, meta, guidance, panes, new HorizontalLayout(save, submit, words), thread, answer, sendAnswer);
    }

    @Override
    public void setParameter(BeforeEvent event, Long sectionId) {
        section = sections.require(sectionId);
        refresh();
    }

    private void save() {
        section = sections.saveBody(section.getId(), body.getValue(), section.getVersion());
        Notification.show("Saved.");
        refresh();
    }

    private void submit() {
        if (!body.getValue().equals(section.getBody())) {
            section = sections.saveBody(section.getId(), body.getValue(), section.getVersion());
        }
        workflow.submit(section.getId());
        Notification.show("Submitted. The editors have it now.");
        refresh();
    }

    private void refresh() {
        section = sections.require(section.getId());
        board.setHref("issues/" + section.getIssue().getId());
        board.setText("Back to issue " + section.getIssue().getNumber());
        heading.setText(section.getHeading());
        meta.setText("Issue " + section.getIssue().getNumber() + " · " + section.getState().label()
                + " · " + section.getWriterName() + " · deadline " + Formats.day(section.getDeadline()));
        guidance.setText(section.getGuidance());
        body.setValue(section.getBody());
        boolean editable = mayEdit();
        body.setReadOnly(!editable);
        save.setVisible(editable);
        boolean writerHolds = section.getState().isWithWriter() && section.isWrittenBy(me())
                && currentUser.hasRole(Role.WRITER) && !section.getIssue().isReleased();
        submit.setVisible(writerHolds);
        List<ReviewNote> thread = notes.of(section.getId());
        // Answering only makes sense once an editor has said something.
        answer.setVisible(writerHolds && !thread.isEmpty());
        sendAnswer.setVisible(answer.isVisible());
        this.thread.show(thread, section.getIssue().getPublication().getTimeZone());
        showPreview(section.getBody());
    }

    /** Mirrors the service's rule only to decide what to show; the service decides what is allowed. */
    private boolean mayEdit() {
        if (section.getIssue().isReleased()) {
            return false;
        }
        if (section.getState().isWithWriter()) {
            return currentUser.hasRole(Role.WRITER) && section.isWrittenBy(me());
        }
        return section.getState() == SectionState.IN_REVIEW && currentUser.hasRole(Role.EDITOR);
    }

    private String me() {
        return currentUser.requireUsername();
    }

    private void showPreview(String text) {
        preview.removeAll();
        preview.add(new Html("<div>" + markdown.toSafeHtml(text) + "</div>"));
        words.setText(Formats.words(text) + " words");
    }
}
