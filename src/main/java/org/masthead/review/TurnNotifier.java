package org.masthead.review;

import java.util.List;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.section.Section;
import org.masthead.section.SectionEvents.IssueBecameReady;
import org.masthead.section.SectionEvents.SectionChangedAfterApproval;
import org.masthead.section.SectionEvents.SectionReopened;
import org.masthead.section.SectionEvents.SectionReturned;
import org.masthead.section.SectionEvents.SectionSubmitted;
import org.masthead.section.SectionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people who now hold the ball, and only them: the recipients come with each event
 * from the section workflow. Runs in the action's transaction, so a failed action tells nobody.
 */
@Component
class TurnNotifier {

    private final Inbox inbox;
    private final SectionService sections;
    private final IssueService issues;
    private final ApplicationEventPublisher events;

    TurnNotifier(Inbox inbox, SectionService sections, IssueService issues, ApplicationEventPublisher events) {
        this.inbox = inbox;
        this.sections = sections;
        this.issues = issues;
        this.events = events;
    }

    @EventListener
    void on(SectionSubmitted submitted) {
        Section section = sections.require(submitted.sectionId());
        tell(submitted.recipients(), section, section.getWriterName() + " submitted " + where(section) + " for review.");
    }

    @EventListener
    void on(SectionReturned returned) {
        Section section = sections.require(returned.sectionId());
        tell(returned.recipients(), section, returned.author() + " returned " + where(section) + " to you: \""
                + returned.note() + "\"");
    }

    @EventListener
    void on(SectionReopened reopened) {
        Section section = sections.require(reopened.sectionId());
        tell(reopened.recipients(), section, reopened.author() + " reopened " + where(section) + ": \""
                + reopened.note() + "\"");
    }

    @EventListener
    void on(SectionChangedAfterApproval changed) {
        Section section = sections.require(changed.sectionId());
        tell(changed.recipients(), section, changed.author() + " changed the approved text of " + where(section)
                + "; it is back in review.");
    }

    @EventListener
    void on(IssueBecameReady ready) {
        Issue issue = issues.require(ready.issueId());
        String text = "Issue " + issue.getNumber() + " (" + issue.getTitle() + ") is ready to release: every section is approved.";
        deliver(ready.recipients(), issue.getId(), null, text);
    }

    private void tell(List<String> recipients, Section section, String text) {
        deliver(recipients, section.getIssue().getId(), section.getId(), text);
    }

    private void deliver(List<String> recipients, long issueId, Long sectionId, String text) {
        if (!recipients.isEmpty()) {
            List<InboxMessage> delivered = inbox.deliver(recipients, issueId, sectionId, text);
            // The mail links where the inbox message leads: one rule, InboxMessage.link().
            events.publishEvent(new TurnAnnounced(recipients, text, delivered.get(0).link()));
        }
    }

    private static String where(Section section) {
        return "\"" + section.getHeading() + "\" (issue " + section.getIssue().getNumber() + ")";
    }

    /** Stored in the inbox; the mailer sends it on once the action has committed. */
    record TurnAnnounced(List<String> recipients, String text, String link) {
    }
}
