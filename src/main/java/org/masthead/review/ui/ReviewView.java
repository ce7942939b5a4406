package org.masthead.review.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.base.ui.DeskUpdates;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.base.ui.UnsavedText;
import org.masthead.section.Handover;
import org.masthead.section.NoteLength;
import org.masthead.section.ReviewNote;
import org.masthead.section.ReviewNotes;
import org.masthead.section.Revision;
import org.masthead.section.Section;
import org.masthead.section.SectionAction;
import org.masthead.section.SectionActions;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.section.Turn;
import org.masthead.section.ui.NotesThread;
import org.masthead.section.ui.PassagesShown;
import org.masthead.user.UserService;

/**
 * The editor's screen: what changed since the editor last saw the section, the section as readers
 * will see it, the notes (answers since the return marked), then approve, return or reopen.
 */
@Route("review")
@PageTitle("Review · Masthead")
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class ReviewView extends VerticalLayout implements HasUrlParameter<Long>, BeforeLeaveObserver {

    private final SectionService sections;
    private final SectionWorkflow workflow;
    private final ReviewNotes notes;
    private final MarkdownRenderer markdown;

    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Paragraph changesSummary = new Paragraph();
    private final TextChanges changes = new TextChanges("changes");
    private final Div rendered = new Div();
    private final Paragraph answers = new Paragraph();
    private final NotesThread thread;
    private final RevisionHistory history;
    private final TextArea note = new TextArea("Note to the writer");
    private final Button approve = new Button("Approve");
    private final Button returnIt = new Button("Return with note");
    private final Button reopen = new Button("Reopen with note");
    private final Paragraph whoDecides = new Paragraph();
    private final Anchor board = new Anchor();
    private final Paragraph changedMeanwhile = new Paragraph();
    private final PassageNoteForm passageNote;
    private boolean writingNote;
    private Section section;

    public ReviewView(SectionService sections, SectionWorkflow workflow, ReviewNotes notes, MarkdownRenderer markdown,
                      DeskUpdates updates, UserService users) {
        this.sections = sections;
        this.thread = new NotesThread(users::displayNameOf);
        this.workflow = workflow;
        this.notes = notes;
        this.markdown = markdown;
        this.history = new RevisionHistory(markdown);
        changesSummary.setId("changes-summary");
        rendered.setId("rendered");
        rendered.addClassName("preview");
        rendered.setWidthFull();
        answers.setId("answers-since-return");
        note.setId("note");
        note.setWidthFull();
        note.setMaxLength(NoteLength.MAX);
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> act(() -> workflow.approve(section.getId()), "Approved: " + section.getHeading() + "."));
        returnIt.setId("return");
        returnIt.addClickListener(e -> act(() -> workflow.returnToWriter(section.getId(), note.getValue()),
                "Returned to " + section.getWriterName() + " with your note."));
        reopen.setId("reopen");
        reopen.addClickListener(e -> act(() -> workflow.reopen(section.getId(), note.getValue()),
                "Reopened. " + section.getWriterName() + " has it again."));
        passageNote = new PassageNoteForm(rendered, (selected, wordsBefore, text) -> {
            notes.notePassage(section.getId(), selected, wordsBefore, text);
            Toast.show("Note added on the passage. " + section.getWriterName() + " sees it marked in the text.");
            refresh();
        });
        whoDecides.setId("who-decides");
        whoDecides.addClassName("notice");
        board.setId("to-board");
        add(board, heading, meta, new H3("What changed since you last saw it"), changesSummary, changes,
                new H3("As readers will see it"), rendered, passageNote, answers, thread, history, note,
                whoDecides, new HorizontalLayout(approve, returnIt, reopen));
        followChangesByOthers(updates, users);
    }

    /**
     * Someone else acting on the section (the writer submitting again, another editor deciding)
     * shows at once: the screen is redrawn, or, while the editor is writing a note (the field in
     * use or holding text), a notice says so and redraws on request, so nothing moves under her.
     */
    private void followChangesByOthers(DeskUpdates updates, UserService users) {
        changedMeanwhile.setId("changed-meanwhile");
        changedMeanwhile.addClassName("notice");
        changedMeanwhile.setVisible(false);
        addComponentAtIndex(indexOf(whoDecides), changedMeanwhile);
        note.addFocusListener(e -> writingNote = true);
        note.addBlurListener(e -> writingNote = false);
        updates.whileShown(this, () -> {
            if (section == null) {
                return;
            }
            Section now = sections.require(section.getId());
            if (now.getVersion() == section.getVersion()) {
                return;
            }
            if (!writingNote && note.getValue().isBlank()) {
                refresh();
                return;
            }
            Button show = new Button("Show it", e -> refresh());
            show.setId("show-change");
            show.addThemeVariants(ButtonVariant.LUMO_SMALL);
            changedMeanwhile.removeAll();
            changedMeanwhile.add(new Span("Changed meanwhile by " + users.displayNameOf(now.getLastChangedBy()) + ": now "
                    + now.getState().label().toLowerCase() + ". Your note stays as you typed it. "), show);
            changedMeanwhile.setVisible(true);
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long sectionId) {
        section = sections.require(sectionId);
        refresh();
    }

    /** A note typed and not yet sent with a decision is asked about before the screen goes. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedText.askBeforeLeaving(event, !note.getValue().isBlank() || passageNote.holdsText(), "note to the writer");
    }

    /** One service call, then say what happened and who was told. */
    private void act(Supplier<Handover> action, String done) {
        Handover handover = action.get();
        Toast.show(done + " " + handover.toldSentence());
        note.clear();
        refresh();
    }

    private void refresh() {
        section = sections.require(section.getId());
        changedMeanwhile.setVisible(false);
        ZoneId zone = section.getIssue().getPublication().getTimeZone();
        board.setHref("issues/" + section.getIssue().getId());
        board.setText("Back to issue " + section.getIssue().getNumber());
        heading.setText(section.getHeading());
        meta.setText(section.getState().label() + " · written by " + section.getWriterName() + " · with "
                + Turn.holderName(section) + " since " + Formats.moment(section.getStateChangedAt(), zone));
        showChanges();
        List<ReviewNote> thread = notes.of(section.getId());
        rendered.removeAll();
        rendered.add(new Html("<div>" + markdown.withMarks(markdown.render(section.getBody()), section.getBody(),
                PassagesShown.openOf(thread)) + "</div>"));
        long answered = answersSinceLastNote(thread);
        answers.setText(answered == 0 ? "" : section.getWriterName() + " answered " + answered
                + (answered == 1 ? " time" : " times") + " since the last return.");
        this.thread.show(thread, zone, null, section.getBody(), null);
        history.show(sections.revisionsOf(section.getId()), zone);
        showActions(workflow.actionsFor(section.getId()));
    }

    /** Buttons for what this person may do; a section waiting for review that is not theirs to decide says who may. */
    private void showActions(SectionActions actions) {
        approve.setVisible(actions.may(SectionAction.APPROVE));
        returnIt.setVisible(actions.may(SectionAction.RETURN));
        reopen.setVisible(actions.may(SectionAction.REOPEN));
        note.setVisible(returnIt.isVisible() || reopen.isVisible());
        passageNote.setVisible(actions.may(SectionAction.NOTE_PASSAGE));
        Optional<String> why = section.getState() == SectionState.IN_REVIEW ? actions.whyNot(SectionAction.APPROVE)
                : Optional.empty();
        whoDecides.setText(why.orElse(""));
        whoDecides.setVisible(why.isPresent());
    }

    /** What readers would see changed since an editor last returned or approved it; nothing else when nothing did. */
    private void showChanges() {
        changes.clear();
        var lastSeen = sections.lastReviewed(section.getId());
        if (lastSeen.isEmpty()) {
            changesSummary.setText("First submission: there is no earlier reviewed text to compare with.");
            return;
        }
        Revision seen = lastSeen.get();
        String version = "the version last returned or approved (submitted "
                + Formats.moment(seen.getCreatedAt(), section.getIssue().getPublication().getTimeZone()) + ")";
        changesSummary.setText(switch (changes.show(seen.getBody(), section.getBody(), markdown)) {
            case NONE -> "No changes since " + version + ".";
            case MARKDOWN_ONLY -> "Readers see no change since " + version + "; only the Markdown differs.";
            case VISIBLE -> "Compared with " + version + ": insertions underlined, deletions struck through.";
        });
    }

    /** Answers after the editors' latest return or reopen note (a note on a passage is no return). */
    private static long answersSinceLastNote(List<ReviewNote> thread) {
        int lastEditorNote = -1;
        for (int i = 0; i < thread.size(); i++) {
            ReviewNote.Kind kind = thread.get(i).getKind();
            if (kind == ReviewNote.Kind.RETURNED || kind == ReviewNote.Kind.REOPENED) {
                lastEditorNote = i;
            }
        }
        return lastEditorNote < 0 ? 0 : thread.subList(lastEditorNote + 1, thread.size()).stream()
                .filter(n -> n.getKind() == ReviewNote.Kind.ANSWER).count();
    }
}
