package org.masthead.review;

import java.time.Clock;
import java.util.List;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;
import org.masthead.base.ui.InboxBadge;
import org.masthead.review.InboxMessage.Kind;
import org.masthead.review.TurnNotifier.TurnAnnounced;
import org.masthead.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's in-app inbox: messages about work they hold, and good news about their own work.
 * The count is what needs the person now: unread, and not settled by the work moving on.
 */
@Service
@Transactional
public class Inbox implements InboxBadge {

    private final InboxRepository messages;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Inbox(InboxRepository messages, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InboxMessage> mine() {
        return messages.findTop100ByRecipientOrderByIdDesc(currentUser.requireUsername());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return messages.countByRecipientAndReadAtIsNullAndSettledAtIsNull(currentUser.requireUsername());
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long messageId) {
        InboxMessage message = messages.findById(messageId)
                .orElseThrow(() -> new NotFoundException("That message does not exist."));
        if (!message.getRecipient().equals(currentUser.requireUsername())) {
            throw new WorkflowException("That message is not yours.");
        }
        message.markRead(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        messages.findByRecipientAndReadAtIsNull(currentUser.requireUsername()).forEach(m -> m.markRead(clock.instant()));
    }

    /** For features above review (publishing) to tell people something that is now theirs to act on. */
    @PreAuthorize("isAuthenticated()")
    public void tell(List<String> recipients, long issueId, Long sectionId, String text) {
        List<InboxMessage> delivered = deliver(Kind.TURN, recipients, issueId, sectionId, text);
        if (!delivered.isEmpty()) {
            // As every turn: mail for those who opted in is queued in this transaction (the outbox), and open screens refresh.
            events.publishEvent(new TurnAnnounced(recipients, text, delivered.get(0).link()));
        }
    }

    /** Stores one message per recipient; the notifier calls this inside the action's transaction. */
    List<InboxMessage> deliver(Kind kind, List<String> recipients, long issueId, Long sectionId, String text) {
        return recipients.stream()
                .map(r -> messages.save(new InboxMessage(kind, r, issueId, sectionId, text, clock.instant())))
                .toList();
    }

    /** Asks the recipients to review the section: the messages lead to its review screen. */
    List<InboxMessage> deliverForReview(List<String> recipients, long issueId, long sectionId, String text) {
        return recipients.stream()
                .map(r -> messages.save(new InboxMessage(Kind.TURN, true, r, issueId, sectionId, text, clock.instant())))
                .toList();
    }

    /** The section changed hands: earlier holders' turns are settled, all but {@code stillHeldBy}'s. */
    void settleSection(long sectionId, String stillHeldBy) {
        messages.settleAboutSection(sectionId, Kind.TURN, stillHeldBy == null ? "" : stillHeldBy, clock.instant());
    }

    /** The issue is no longer ready to release (a section was reopened or changed): asking to release it is settled. */
    void settleReadiness(long issueId) {
        messages.settleAboutIssueAsAWhole(issueId, Kind.TURN, clock.instant());
    }

    /** The issue was released: every turn about it is settled. */
    void settleIssue(long issueId) {
        messages.settleAboutIssue(issueId, Kind.TURN, clock.instant());
        // "Approved, well done" about its sections is overtaken by the news of the release itself.
        messages.settleAboutIssue(issueId, Kind.NEWS, clock.instant());
    }

    /** Whoever acted on the section has read what they were told about it. */
    void actedOnSection(long sectionId) {
        currentUser.username().ifPresent(me -> messages.readAboutSection(me, sectionId, clock.instant()));
    }

    /** Whoever acted on the issue (released it) has read what they were told about it. */
    void actedOnIssue(long issueId) {
        currentUser.username().ifPresent(me -> messages.readAboutIssue(me, issueId, clock.instant()));
    }
}
