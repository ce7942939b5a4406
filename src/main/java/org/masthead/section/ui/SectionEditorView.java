package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.masthead.base.MarkdownRenderer;
import org.masthead.base.PastedDocument;
import org.masthead.base.Rendering;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.base.ui.UnsavedText;
import org.masthead.issue.Issue;
import org.masthead.section.Autosaves;
import org.masthead.section.EditorPresence;
import org.masthead.section.Handover;
import org.masthead.section.NoteLength;
import org.masthead.section.PassageFollower;
import org.masthead.section.ReviewNote;
import org.masthead.section.ReviewNotes;
import org.masthead.section.Section;
import org.masthead.section.SectionAction;
import org.masthead.section.SectionActions;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.section.SubmitChecks;
import org.masthead.security.CurrentUser;
import org.masthead.user.UserService;

/**
 * Where writers write: a toolbar, Markdown on the left, the rendered preview beside it, the
 * length of the section and of the issue, the submit checks, the notes below.
 */
@Route("sections")
@PageTitle("Section · Masthead")
@RolesAllowed({"WRITER", "EDITOR", "PUBLISHER"})
public class SectionEditorView extends VerticalLayout implements HasUrlParameter<Long>, BeforeLeaveObserver {

    private final SectionService sections;
    private final SectionWorkflow workflow;
    private final ReviewNotes notes;
    private final MarkdownRenderer markdown;
    private final SubmitChecks checks;
    private final CurrentUser currentUser;
    private final Autosaves autosaves;

    private final Anchor board = new Anchor();
    private final AutosaveOffer autosaveOffer = new AutosaveOffer();
    private final PresenceLabel presence;
    private final Paragraph approvedWarning = new Paragraph(
            "This section is approved. Saving a change sends it back to review, and the editors are told.");
    private final SavedMeanwhileNotice savedMeanwhile = new SavedMeanwhileNotice();
    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Paragraph guidance = new Paragraph();
    private final TextArea body = new TextArea("Markdown");
    private final Div preview = new Div();
    private final LengthCounts lengths = new LengthCounts();
    private final ChecksList problems = new ChecksList();
    private final MarkdownToolbar toolbar = new MarkdownToolbar(withId(body, "body"));
    private final Button paste = new Button("Paste from a document…");
    private final PastedDocument pastedDocuments;
    /** Built when first opened: most visits never paste, and its fields would stay in every session. */
    private PasteDialog pasteDialog;
    private final Button save = new Button("Save");
    private final Button submit = new Button("Submit for review");
    private final NotesThread thread = new NotesThread();
    private final TextArea answer = new TextArea("Answer the editor");
    private final Button sendAnswer = new Button("Send answer");
    private final BodySaving saving;
    /** Whether the writer has tried to submit: only then is an empty text an error (before, it is where they start). */
    private boolean triedToSubmit;
    /** The section as the server last said: meta, state, notes. The box's own base is in {@link #saving}. */
    private Section section;
    /** The notes as last shown: their passages are marked in the preview as the writer types. */
    private List<ReviewNote> shownNotes = List.of();

    public SectionEditorView(SectionService sections, SectionWorkflow workflow, ReviewNotes notes,
                             MarkdownRenderer markdown, SubmitChecks checks, PastedDocument pastedDocuments,
                             CurrentUser currentUser, Autosaves autosaves, EditorPresence editorPresence,
                             UserService users) {
        this.autosaves = autosaves;
        this.presence = new PresenceLabel(editorPresence, currentUser.requireUsername(), users.current().getDisplayName());
        this.sections = sections;
        this.workflow = workflow;
        this.notes = notes;
        this.markdown = markdown;
        this.checks = checks;
        this.currentUser = currentUser;
        this.saving = new BodySaving(sections, autosaves, body, this::save, this::refresh);
        this.pastedDocuments = pastedDocuments;
        setSizeFull();
        guidance.addClassName("muted");
        body.setMaxLength(Section.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("24em");
        // Debounced: the preview follows typing without a round trip per key.
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(300);
        body.addValueChangeListener(e -> {
            showPreview(e.getValue());
            if (e.isFromClient()) {
                saving.keepTyping();
            }
        });
        approvedWarning.setId("approved-warning");
        approvedWarning.addClassName("notice");
        preview.setId("preview");
        preview.addClassName("preview");
        preview.setWidthFull();
        paste.setId("paste-open");
        paste.addClickListener(e -> pasteDialog().open());
        save.setId("save");
        save.addClickListener(e -> save());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        answer.setId("answer");
        answer.setMaxLength(NoteLength.MAX);
        answer.setWidthFull();
        sendAnswer.setId("send-answer");
        sendAnswer.addClickListener(e -> {
            notes.answer(section.getId(), answer.getValue());
            answer.clear();
            Toast.show("Answer sent to the editors.");
            refresh();
        });
        HorizontalLayout panes = new HorizontalLayout(body, preview);
        panes.setWidthFull();
        board.setId("to-board");
        HorizontalLayout tools = new HorizontalLayout(toolbar, paste);
        tools.setAlignItems(Alignment.CENTER);
        HorizontalLayout actions = new HorizontalLayout(save, submit, lengths);
        actions.setAlignItems(Alignment.BASELINE);
        // Open notes first: what the editor asked for is what the writer reads before writing.
        add(board, heading, meta, presence, guidance, autosaveOffer, thread, answer, sendAnswer, approvedWarning,
                savedMeanwhile, tools, panes, actions, problems);
    }

    /** Opening the screen is when the box gets the saved text; after that only the person's choices replace it. */
    @Override
    public void setParameter(BeforeEvent event, Long sectionId) {
        section = sections.require(sectionId);
        saving.load(section);
        presence.follow(section.getId());
        refresh();
    }

    private PasteDialog pasteDialog() {
        if (pasteDialog == null) {
            pasteDialog = new PasteDialog(pastedDocuments, markdown, toolbar,
                    text -> Toast.show("Inserted. Save when you are ready."));
        }
        return pasteDialog;
    }

    private void save() {
        boolean wasApproved = approvedWarning.isVisible();
        Issue before = section.getIssue();
        if (saving.save()) {
            refresh();
            Toast.show(wasApproved && section.getState() == SectionState.IN_REVIEW
                    ? "Saved. It is back in review; " + lower(workflow.reviewersTold(section.getId()).toldSentence())
                    + scheduleCalledOff(before) : "Saved.");
        }
    }

    /** A change to an approved section calls its issue's scheduled release off: the person who saved hears it first. */
    private String scheduleCalledOff(Issue before) {
        if (!before.isScheduled() || section.getIssue().isScheduled()) {
            return "";
        }
        return " The release of issue " + before.getNumber() + " scheduled for "
                + Formats.moment(before.getScheduledFor(), before.getPublication().getTimeZone())
                + " is cancelled until every section is approved again; "
                + lower(workflow.publishersTold(section.getId()).toldSentence());
    }

    private static String lower(String sentence) {
        return sentence.startsWith("Nobody") ? "n" + sentence.substring(1) : sentence;
    }

    private void submit() {
        triedToSubmit = true;
        showPreview(body.getValue());
        // Saved first, always: the workflow submits the saved text, which must be exactly what is in the
        // box. Saving an unchanged text changes nothing; a save made elsewhere shows both versions instead.
        if (saving.save()) {
            Handover handover = workflow.submit(section.getId());
            Toast.show("Submitted. " + handover.toldSentence());
            refresh();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (saving.keepTyping()) {
            Toast.show("Your unsaved text is kept; it will be offered when you come back.");
        }
        UnsavedText.askBeforeLeaving(event, answer.isVisible() && !answer.getValue().isBlank(), "answer to the editors");
    }

    /** What the server says now: meta, notes, buttons, counts. Never the box: {@link BodySaving} decides that. */
    private void refresh() {
        section = sections.require(section.getId());
        board.setHref("issues/" + section.getIssue().getId());
        board.setText("Back to issue " + section.getIssue().getNumber());
        heading.setText(section.getHeading());
        meta.setText("Issue " + section.getIssue().getNumber() + " · " + section.getState().label()
                + " · " + section.getWriterName() + " · deadline " + Formats.day(section.getDeadline()));
        guidance.setText(section.getGuidance() + (section.getWordRange().isSet()
                ? " (" + section.getWordRange().label() + ")" : ""));
        savedMeanwhile.show(saving.savedMeanwhile(section), section, me());
        ZoneId zone = section.getIssue().getPublication().getTimeZone();
        showActions(workflow.actionsFor(section.getId()), zone);
        autosaveOffer.show(saving.autosaveToOffer(), zone, text -> body.setValue(text),
                () -> autosaves.discardMine(section.getId()));
        lengths.otherSections(sections.wordCounts(section.getIssue().getId()), section.getId());
        showPreview(body.getValue());
    }

    /** What this person may do now, as {@link SectionWorkflow#actionsFor} answers it: the services enforce the same. */
    private void showActions(SectionActions actions, ZoneId zone) {
        boolean editable = actions.may(SectionAction.EDIT);
        approvedWarning.setVisible(editable && section.getState() == SectionState.APPROVED);
        body.setReadOnly(!editable);
        toolbar.setVisible(editable);
        paste.setVisible(editable);
        save.setVisible(editable);
        submit.setVisible(actions.may(SectionAction.SUBMIT));
        answer.setVisible(actions.may(SectionAction.ANSWER_NOTE));
        sendAnswer.setVisible(answer.isVisible());
        shownNotes = notes.of(section.getId());
        thread.show(shownNotes, zone, actions.may(SectionAction.RESOLVE_NOTE) ? note -> {
            notes.resolve(note.getId());
            Toast.show("Marked resolved.");
            refresh();
        } : null, section.getBody(), this::showPassageInBox);
    }

    private String me() {
        return currentUser.requireUsername();
    }

    /** One render feeds the preview, the counts and the checks, so they never disagree. */
    private void showPreview(String text) {
        Rendering rendering = markdown.render(text);
        // Sanitised already (the marks are elements made on the server around text nodes): set as the
        // element's content directly, without parsing it once more.
        preview.getElement().setProperty("innerHTML", section == null ? rendering.html()
                : markdown.withMarks(rendering, text, PassagesShown.openOf(shownNotes, section.getBody(), text)));
        lengths.show(rendering.words());
        problems.show(section == null || body.isReadOnly() ? List.of() : checks.of(rendering, section.getWordRange()),
                triedToSubmit);
    }

    /** Selects the note's passage in the Markdown box, where it stands in the text as typed now. */
    private void showPassageInBox(ReviewNote note) {
        note.passage().flatMap(range -> PassageFollower.follow(range, section.getBody(), body.getValue()))
                .ifPresentOrElse(range -> body.getElement().executeJs(
                        "const t = this.inputElement; if (t) { t.focus(); t.setSelectionRange($0, $1); }",
                        range.start(), range.end()),
                        () -> Toast.show("That passage is no longer in the text as typed."));
    }

    private static TextArea withId(TextArea area, String id) {
        area.setId(id);
        return area;
    }
}
