package org.masthead.publishing.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.masthead.base.WorkflowException;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.mailing.Sending;
import org.masthead.mailing.ui.SendingPanel;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Edition;
import org.masthead.publishing.EditionPreview;
import org.masthead.publishing.ReleaseAction;
import org.masthead.publishing.ReleaseActions;
import org.masthead.publishing.ReleaseService;
import org.masthead.publishing.Schedules;
import org.masthead.publishing.sources.SourceCaptures;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;

/**
 * The publisher's moment: the whole issue as readers will get it (web and email), the
 * pre-release checks, release now or at a time; once released, its editions and corrections.
 */
@Route("release")
@PageTitle("Release · Masthead")
@RolesAllowed({"WRITER", "EDITOR", "PUBLISHER"})
public class ReleaseView extends VerticalLayout implements HasUrlParameter<Long> {

    private final IssueService issues;
    private final ReleaseService releases;
    private final Archive archive;
    private final Clock clock;
    private final Anchor board = new Anchor();
    private final H2 title = new H2();
    private final Paragraph notice = new Paragraph();
    private final Div checks = new Div();
    private final Paragraph editionDate = new Paragraph();
    private final Button release = new Button("Release now");
    private final Paragraph whyNotRelease = new Paragraph();
    private final ScheduleForm scheduleForm;
    private final Anchor permalink = new Anchor();
    private final Anchor correct = new Anchor();
    private final UnorderedList editions = new UnorderedList();
    private final Div preview = new Div();
    private final IFrame email = new IFrame();
    private final SendingPanel mail;
    private final SourcesPanel sources;
    private long issueId;

    public ReleaseView(IssueService issues, ReleaseService releases, Schedules schedules, Archive archive, Sending sending,
                       SourceCaptures captures, CurrentUser currentUser, Clock clock) {
        this.issues = issues;
        this.releases = releases;
        this.archive = archive;
        this.clock = clock;
        this.scheduleForm = new ScheduleForm(schedules, clock, this::refresh);
        this.mail = new SendingPanel(sending);
        this.sources = new SourcesPanel(captures, currentUser.hasRole(Role.PUBLISHER));
        notice.setId("schedule-notice");
        notice.addClassName("notice");
        checks.setId("release-checks");
        editionDate.setId("edition-date");
        preview.setId("release-preview");
        preview.addClassName("preview");
        preview.setWidthFull();
        // A long address or an unbroken run of characters in a section wraps inside the preview
        // instead of widening the whole release screen.
        preview.getStyle().set("overflow-wrap", "anywhere");
        email.setId("email-preview");
        email.setWidthFull();
        email.setHeight("40rem");
        email.getElement().setAttribute("title", "The email as subscribers get it");
        release.setId("release");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.addClickListener(e -> askBeforeReleasing());
        whyNotRelease.setId("release-why-not");
        permalink.setId("permalink");
        permalink.setRouterIgnore(true);
        correct.setId("to-correction");
        editions.setId("editions");
        // The way back, and a focusable element in the scrolling content even for a writer, who has no button here.
        board.setId("to-board");
        add(board, title, notice, checks, new HorizontalLayout(release, scheduleForm), whyNotRelease, editionDate,
                permalink, correct, editions, mail, sources, new H3("On the web"), preview, new H3("By email"), email);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        issueId = parameter;
        refresh();
    }

    private void refresh() {
        Issue issue = issues.require(issueId);
        board.setHref("issues/" + issueId);
        board.setText("Back to issue " + issue.getNumber());
        title.setText("Release No. " + issue.getNumber() + ": " + issue.getTitle());
        notice.setVisible(!issue.isReleased() && issue.getScheduleCancelledReason() != null);
        notice.setText(issue.getScheduleCancelledReason() == null ? "" : "Schedule cancelled "
                + Formats.moment(issue.getScheduleCancelledAt(), issue.getPublication().getTimeZone()) + ": "
                + issue.getScheduleCancelledReason());
        List<String> problems = releases.problemsBeforeRelease(issueId);
        showChecks(issue, problems);
        ReleaseActions actions = releases.actionsFor(issueId);
        showActions(issue, actions);
        // A test goes to whoever could release the issue, before it goes out.
        mail.show(issueId, issue.isReleased(), actions.offers(ReleaseAction.RELEASE_NOW), issue.getPublication().getTimeZone());
        permalink.setVisible(issue.isReleased());
        permalink.setHref("/archive/" + issue.getNumber());
        permalink.setText("Read it in the public archive");
        correct.setHref("correct/" + issueId);
        correct.setText("Publish a correction");
        showEditions(issue);
        EditionPreview edition = releases.preview(issueId);
        sources.show(issue, edition.html());
        showEditionDate(issue, edition);
        preview.removeAll();
        preview.add(new Html("<div>" + edition.article() + "</div>"));
        email.setSrcdoc(edition.email());
    }

    /**
     * Buttons for what this person may do, as {@link ReleaseService#actionsFor} answers it (the
     * services enforce the same): what waits only for the issue to be ready is shown disabled,
     * and while the issue is in production the screen says why it cannot go out now.
     */
    private void showActions(Issue issue, ReleaseActions actions) {
        release.setVisible(actions.offers(ReleaseAction.RELEASE_NOW));
        release.setEnabled(actions.may(ReleaseAction.RELEASE_NOW));
        scheduleForm.show(issue, actions);
        correct.setVisible(actions.may(ReleaseAction.CORRECT));
        Optional<String> why = issue.isReleased() ? Optional.empty() : actions.whyNot(ReleaseAction.RELEASE_NOW);
        whyNotRelease.setText(why.orElse(""));
        whyNotRelease.setVisible(why.isPresent());
    }

    /** The preview is dated as the release will date it; say so, since a schedule changes the date. */
    private void showEditionDate(Issue issue, EditionPreview edition) {
        editionDate.setVisible(!issue.isReleased());
        if (issue.isScheduled()) {
            editionDate.setText("The edition will carry the date " + edition.date()
                    + ", the day it is scheduled to go out, as the preview below shows it.");
        } else {
            editionDate.setText("Released now, the edition carries today's date, " + edition.date()
                    + ", as the preview below shows it; scheduled, it carries the day it goes out.");
        }
    }

    private void askBeforeReleasing() {
        Issue issue = issues.require(issueId);
        ZoneId zone = issue.getPublication().getTimeZone();
        String replaces = issue.isScheduled() ? " This replaces the release scheduled for "
                + Formats.zoned(issue.getScheduledFor(), zone) + ", and the edition carries today's date instead." : "";
        Confirmation.ask("Release issue " + issue.getNumber() + " now?",
                "Issue " + issue.getNumber() + ", \"" + issue.getTitle() + "\", goes out now, dated "
                        + EditionPreview.dateOf(clock.instant(), zone) + "." + replaces
                        + " The edition is then frozen: the public archive and the feed show it at once, and later "
                        + "changes are possible only by a correction, published as a new edition.",
                "Release issue " + issue.getNumber() + " now",
                () -> {
                    Edition edition;
                    try {
                        edition = releases.release(issueId);
                    } catch (WorkflowException refused) {
                        // E.g. the issue could not be formatted in time: said where the button is, nothing stored.
                        refresh();
                        whyNotRelease.setText(refused.getMessage());
                        whyNotRelease.setVisible(true);
                        return;
                    }
                    Toast.show("Released. Readers find it at " + edition.permalink() + ".");
                    refresh();
                });
    }

    private void showChecks(Issue issue, List<String> problems) {
        checks.removeAll();
        if (issue.isReleased()) {
            checks.add(new Paragraph("Released. The edition is frozen; only a correction, as a new edition, can change what readers get."));
        } else if (problems.isEmpty()) {
            checks.add(new Paragraph("Every check passes: every kept section is approved and written, the links work, "
                    + "the footer is there. The issue is ready to release."));
        } else {
            checks.add(new Paragraph("Not ready yet:"));
            UnorderedList list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(p)));
            checks.add(list);
        }
    }

    private void showEditions(Issue issue) {
        editions.removeAll();
        editions.setVisible(issue.isReleased());
        if (!issue.isReleased()) {
            return;
        }
        for (Edition edition : archive.editionsOf(issue.getNumber())) {
            Anchor link = new Anchor(edition.editionLink(), "Edition " + edition.getEditionNo() + " of "
                    + Formats.moment(edition.getReleasedAt(), issue.getPublication().getTimeZone()));
            link.setRouterIgnore(true);
            ListItem item = new ListItem(link);
            if (edition.isCorrection()) {
                item.add(" — corrected: " + edition.getCorrectionNote());
            }
            editions.add(item);
        }
    }
}
