package org.masthead.review;

import java.util.List;
import java.util.Objects;
import org.masthead.base.DeskChange;
import org.masthead.base.ui.Formats;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueReleased;
import org.masthead.issue.IssueService;
import org.masthead.review.InboxMessage.Kind;
import org.masthead.section.Section;
import org.masthead.section.SectionEvents.IssueBecameReady;
import org.masthead.section.SectionEvents.PreviewCommentReceived;
import org.masthead.section.SectionEvents.SectionApproved;
import org.masthead.section.SectionEvents.SectionAssigned;
import org.masthead.section.SectionEvents.SectionChangedAfterApproval;
import org.masthead.section.SectionEvents.SectionDeadlineChanged;
import org.masthead.section.SectionEvents.SectionReopened;
import org.masthead.section.SectionEvents.SectionReturned;
import org.masthead.section.SectionEvents.SectionSubmitted;
import org.masthead.section.SectionService;
import org.masthead.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people who now hold the ball, and only them: the recipients come with each event
 * from the section workflow. Runs in the action's transaction, so a failed action tells nobody.
 * Each hand-over first settles what earlier holders were asked (it no longer needs them) and
 * marks the actor's own messages about the section read: acting on a message is reading it.
 */
@Component
class TurnNotifier {

    private final Inbox inbox;
    private final SectionService sections;
    private final IssueService issues;
    private final ApplicationEventPublisher events;
    private final UserService users;

    TurnNotifier(Inbox inbox, SectionService sections, IssueService issues, ApplicationEventPublisher events,
                 UserService users) {
        this.inbox = inbox;
        this.sections = sections;
        this.issues = issues;
        this.events = events;
        this.users = users;
    }

    @EventListener
    void on(SectionSubmitted submitted) {
        Section section = handedOver(submitted.sectionId());
        askToReview(submitted.recipients(), section, section.getWriterName() + " submitted " + where(section) + " for review.");
    }

    @EventListener
    void on(SectionApproved approved) {
        Section section = handedOver(approved.sectionId());
        news(approved.recipients(), section, users.displayNameOf(approved.author()) + " approved " + where(section) + ". Well done.");
    }

    @EventListener
    void on(SectionReturned returned) {
        Section section = handedOver(returned.sectionId());
        tell(returned.recipients(), section, users.displayNameOf(returned.author()) + " returned " + where(section) + " to you: \""
                + returned.note() + "\"");
    }

    @EventListener
    void on(SectionReopened reopened) {
        Section section = handedOver(reopened.sectionId());
        inbox.settleReadiness(section.getIssue().getId());
        tell(reopened.recipients(), section, users.displayNameOf(reopened.author()) + " reopened " + where(section) + ": \""
                + reopened.note() + "\"");
    }

    @EventListener
    void on(SectionChangedAfterApproval changed) {
        Section section = handedOver(changed.sectionId());
        inbox.settleReadiness(section.getIssue().getId());
        askToReview(changed.recipients(), section, users.displayNameOf(changed.author()) + " changed the approved text of " + where(section)
                + "; it is back in review.");
    }

    /** An outside reader's comment, through a preview link: news for the writer and the link's maker, nobody's turn. */
    @EventListener
    void on(PreviewCommentReceived received) {
        Section section = sections.require(received.sectionId());
        news(received.recipients(), section, received.author() + " commented on " + where(section) + ".");
    }

    /** A new writer: what the old one was asked is settled; the new one's turn begins. */
    @EventListener
    void on(SectionAssigned assigned) {
        Section section = sections.require(assigned.sectionId());
        inbox.settleSection(section.getId(), section.getWriter() == null ? null : section.getWriter().getUsername());
        tell(assigned.recipients(), section, users.displayNameOf(assigned.author()) + " assigned you " + where(section)
                + (section.getDeadline() == null ? "." : ", due " + Formats.day(section.getDeadline()) + "."));
    }

    @EventListener
    void on(SectionDeadlineChanged changed) {
        Section section = sections.require(changed.sectionId());
        String text = changed.deadline() == null
                ? users.displayNameOf(changed.author()) + " removed the deadline of " + where(section) + "."
                : users.displayNameOf(changed.author()) + " set the deadline of " + where(section) + " to " + Formats.day(changed.deadline()) + ".";
        // While she holds it, it is hers to act on (settled when she submits); later it is only news.
        deliver(section.getState().isWithWriter() ? Kind.TURN : Kind.NEWS, changed.recipients(),
                section.getIssue().getId(), section.getId(), text);
    }

    @EventListener
    void on(IssueBecameReady ready) {
        Issue issue = issues.require(ready.issueId());
        String text = "Issue " + issue.getNumber() + " (" + issue.getTitle() + ") is ready to release: every section is approved.";
        deliver(Kind.TURN, ready.recipients(), issue.getId(), null, text);
    }

    /** Out: nothing about the issue needs anyone any more, and its writers hear their work went out. */
    @EventListener
    void on(IssueReleased released) {
        inbox.actedOnIssue(released.issueId());
        inbox.settleIssue(released.issueId());
        Issue issue = issues.require(released.issueId());
        List<String> writers = sections.keptSectionsOf(issue.getId()).stream()
                .filter(s -> s.getWriter() != null && s.getWriter().isActive())
                .map(s -> s.getWriter().getUsername()).filter(Objects::nonNull).distinct().toList();
        deliver(Kind.NEWS, writers, issue.getId(), null, "Issue " + issue.getNumber() + " (" + issue.getTitle()
                + ") was released, with your work in it.");
    }

    private Section handedOver(long sectionId) {
        inbox.actedOnSection(sectionId);
        inbox.settleSection(sectionId, null);
        return sections.require(sectionId);
    }

    private void askToReview(List<String> recipients, Section section, String text) {
        if (!recipients.isEmpty()) {
            announce(recipients, text, inbox.deliverForReview(recipients, section.getIssue().getId(), section.getId(), text));
        }
    }

    private void tell(List<String> recipients, Section section, String text) {
        deliver(Kind.TURN, recipients, section.getIssue().getId(), section.getId(), text);
    }

    private void news(List<String> recipients, Section section, String text) {
        deliver(Kind.NEWS, recipients, section.getIssue().getId(), section.getId(), text);
    }

    private void deliver(Kind kind, List<String> recipients, long issueId, Long sectionId, String text) {
        if (!recipients.isEmpty()) {
            announce(recipients, text, inbox.deliver(kind, recipients, issueId, sectionId, text));
        }
    }

    private void announce(List<String> recipients, String text, List<InboxMessage> delivered) {
        // The mail links where the inbox message leads: one rule, InboxMessage.link().
        events.publishEvent(new TurnAnnounced(recipients, text, delivered.get(0).link()));
    }

    private static String where(Section section) {
        return "\"" + section.getHeading() + "\" (issue " + section.getIssue().getNumber() + ")";
    }

    /** Stored in the inbox; the mailer queues its mail in the same transaction (the outbox), and open screens refresh. */
    record TurnAnnounced(List<String> recipients, String text, String link) implements DeskChange {
    }
}
