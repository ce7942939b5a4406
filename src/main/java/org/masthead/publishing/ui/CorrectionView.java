package org.masthead.publishing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.masthead.base.WorkflowException;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.Toast;
import org.masthead.base.ui.UnsavedText;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.publishing.Corrections;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseAction;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.Section;
import org.masthead.section.SectionService;

/**
 * Correcting a released issue: the released sections' Markdown, editable here; what changes,
 * with a note for readers, goes out as a new edition. Nothing is reopened.
 */
@Route("correct")
@PageTitle("Correction · Masthead")
@RolesAllowed("PUBLISHER")
public class CorrectionView extends VerticalLayout implements HasUrlParameter<Long>, BeforeLeaveObserver {

    private final IssueService issues;
    private final SectionService sections;
    private final ReleaseService releases;
    private final H2 title = new H2();
    private final VerticalLayout bodies = new VerticalLayout();
    private final TextArea note = new TextArea("Correction note (readers see it on the new edition)");
    /** Off by default: most corrections are for the archive, and a second mail is a cost to every reader. */
    private final Checkbox mailIt = new Checkbox("Mail the corrected issue to subscribers");
    private final Map<Long, TextArea> fields = new LinkedHashMap<>();
    /** Each section's body as released: a field that differs holds a change not yet published. */
    private final Map<Long, String> released = new LinkedHashMap<>();
    private boolean published;
    private long issueId;

    public CorrectionView(IssueService issues, SectionService sections, ReleaseService releases, Corrections corrections) {
        this.issues = issues;
        this.releases = releases;
        this.sections = sections;
        bodies.setPadding(false);
        note.setId("correction-note");
        note.setWidthFull();
        note.setMaxLength(Corrections.NOTE_MAX);
        note.setPlaceholder("For example: The date of the hearing was 14 September, not 15 September.");
        mailIt.setId("mail-correction");
        Button publish = new Button("Publish correction", e -> askBeforePublishing(corrections));
        publish.setId("publish-correction");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, new Paragraph("Change the sections that need it. Readers get a new edition with your note; "
                + "the edition they read before stays at its own address."), bodies, note, mailIt, publish);
    }

    /** A correction goes out at once and stays: ask first, with the issue's number and title. */
    private void askBeforePublishing(Corrections corrections) {
        Issue issue = issues.require(issueId);
        Confirmation.ask("Publish a correction of issue " + issue.getNumber() + "?",
                "Issue " + issue.getNumber() + ", \"" + issue.getTitle() + "\", gets a new edition with your changes "
                        + "and your note. The public archive and the feed show it at once; the edition readers had "
                        + "before stays readable at its own address. A published correction cannot be taken back: "
                        + "only another correction changes it."
                        + (mailIt.getValue() ? " Every confirmed subscriber gets it by mail, marked as a correction." : ""),
                "Publish the correction of issue " + issue.getNumber(),
                () -> {
                    Map<Long, String> corrected = new LinkedHashMap<>();
                    fields.forEach((id, field) -> corrected.put(id, field.getValue()));
                    Edition edition = corrections.publish(issueId, corrected, note.getValue(), mailIt.getValue());
                    published = true;
                    Toast.show("Correction published as edition " + edition.getEditionNo() + ". Readers find it at "
                            + edition.permalink() + "; earlier editions stay readable."
                            + (mailIt.getValue() ? " It is on its way to subscribers." : ""));
                    UI.getCurrent().navigate(ReleaseView.class, issueId);
                });
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        issueId = parameter;
        Issue issue = issues.require(issueId);
        // An issue in production is changed in its sections: say so on a page of its own, not with an empty form.
        releases.actionsFor(issueId).whyNot(ReleaseAction.CORRECT).ifPresent(reason -> {
            throw new WorkflowException(reason);
        });
        title.setText("Correct No. " + issue.getNumber() + ": " + issue.getTitle());
        bodies.removeAll();
        fields.clear();
        released.clear();
        published = false;
        mailIt.setValue(false);
        for (Section section : sections.keptSectionsOf(issueId)) {
            TextArea body = new TextArea(section.getHeading());
            body.setId("correct-" + section.getId());
            body.setWidthFull();
            body.setMaxLength(Section.BODY_MAX);
            body.setValue(section.getBody());
            fields.put(section.getId(), body);
            released.put(section.getId(), section.getBody());
            bodies.add(body);
        }
    }

    /** Changes typed and not published are asked about before the screen goes. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        boolean changed = !note.getValue().isBlank()
                || fields.entrySet().stream().anyMatch(f -> !f.getValue().getValue().equals(released.get(f.getKey())));
        UnsavedText.askBeforeLeaving(event, !published && changed, "correction");
    }
}
