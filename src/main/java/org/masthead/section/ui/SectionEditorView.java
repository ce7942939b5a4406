package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.PastedDocument;
import org.masthead.base.ui.Toast;
import org.masthead.issue.Issue;
import org.masthead.section.Autosaves;
import org.masthead.section.EditorPresence;
import org.masthead.section.Handover;
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
    private final CurrentUser currentUser;
    private final Autosaves autosaves;

    private final AutosaveOffer autosaveOffer = new AutosaveOffer();
    private final PresenceLabel presence;
    private final Paragraph approvedWarning = new Paragraph(
            "This section is approved. Saving a change sends it back to review, and the editors are told.");
    private final SavedMeanwhileNotice savedMeanwhile = new SavedMeanwhileNotice();
    private final SectionHeader header;
    private final TextArea body = new TextArea("Markdown");
    private final LivePreview live;
    private final MarkdownToolbar toolbar = new MarkdownToolbar(withId(body, "body"));
    private final Button paste = new Button("Paste from a document…");
    private final PastedDocument pastedDocuments;
    /** Built when first opened: most visits never paste, and its fields would stay in every session. */
    private PasteDialog pasteDialog;
    private final Button save = new Button("Save");
    private final Button submit = new Button("Submit for review");
    private final NotesThread thread;
    private final AnswerBox answer;
    private final BodySaving saving;
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
        this.header = new SectionHeader(presence);
        this.sections = sections;
        this.thread = new NotesThread(users::displayNameOf);
        this.workflow = workflow;
        this.notes = notes;
        this.markdown = markdown;
        this.live = new LivePreview(markdown, checks);
        this.answer = new AnswerBox(notes, () -> section.getId(), this::refresh);
        this.currentUser = currentUser;
        this.saving = new BodySaving(sections, autosaves, body, this::save, this::refresh);
        this.pastedDocuments = pastedDocuments;
        setSizeFull();
        body.setMaxLength(Section.BODY_MAX);
        // Issue 27: the archive captures every outside link at release, unless its writer says not to.
        body.setHelperText("Every link to an outside page is captured for the archive when the issue is released. "
                + "For a page with someone's personal data, give the link the title no-archive and it is not captured: "
                + "[her post](https://example.org/post \"no-archive\") (readers do not see the title).");
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
        paste.setId("paste-open");
        paste.addClickListener(e -> pasteDialog().open());
        save.setId("save");
        save.addClickListener(e -> save());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        HorizontalLayout panes = new HorizontalLayout(body, live.preview());
        panes.setWidthFull();
        HorizontalLayout tools = new HorizontalLayout(toolbar, paste);
        tools.setAlignItems(Alignment.CENTER);
        HorizontalLayout actions = new HorizontalLayout(save, submit, live.lengths());
        actions.setAlignItems(Alignment.BASELINE);
        // Open notes first: what the editor asked for is what the writer reads before writing.
        add(header, autosaveOffer, thread, answer, approvedWarning,
                savedMeanwhile, tools, panes, actions, live.problems());
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
            Toast.show(SavedSentence.of(wasApproved, before, section, workflow));
        }
    }

    private void submit() {
        live.triedToSubmit();
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
        answer.askBeforeLeaving(event);
    }

    /** What the server says now: meta, notes, buttons, counts. Never the box: {@link BodySaving} decides that. */
    private void refresh() {
        section = sections.require(section.getId());
        header.show(section);
        savedMeanwhile.show(saving.savedMeanwhile(section), section, me());
        ZoneId zone = section.getIssue().getPublication().getTimeZone();
        showActions(workflow.actionsFor(section.getId()), zone);
        autosaveOffer.show(saving.autosaveToOffer(), zone, text -> body.setValue(text),
                () -> autosaves.discardMine(section.getId()));
        live.lengths().otherSections(sections.wordCounts(section.getIssue().getId()), section.getId());
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
        answer.allow(actions.may(SectionAction.ANSWER_NOTE));
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

    private void showPreview(String text) {
        live.show(text, section, shownNotes, !body.isReadOnly());
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
