package org.masthead.mailing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.base.Counting;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;
import org.masthead.issue.IssueService;
import org.masthead.security.Roles;
import org.masthead.user.User;
import org.masthead.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Sending editions to the mailing list: queued in the release's own transaction (one delivery row
 * per confirmed subscriber and the job that sends them, all or nothing), followed on the release
 * screen, and tried first with a test to the publisher's own address.
 */
@Service
@Transactional
public class Sending {

    /** Failed deliveries listed per mailing; the rest are counted. */
    public static final int FAILURES_SHOWN = 50;

    private final Deliveries deliveries;
    private final EditionMail editions;
    private final IssueService issues;
    private final UserService users;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> task;
    private final MailServer server;
    private final Letters letters;
    private final MailLinks links;
    private final MailSettings settings;
    private final Clock clock;

    Sending(Deliveries deliveries, EditionMail editions, IssueService issues, UserService users, SchedulerClient scheduler,
            CustomTask<Void> sendMailing, MailServer server, Letters letters, MailLinks links, MailSettings settings,
            Clock clock) {
        this.deliveries = deliveries;
        this.editions = editions;
        this.issues = issues;
        this.users = users;
        this.scheduler = scheduler;
        this.task = sendMailing;
        this.server = server;
        this.letters = letters;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues the edition for every confirmed subscriber, in the caller's transaction: the mailing,
     * its deliveries (one INSERT ... SELECT) and the job that sends them commit with the release or
     * not at all. Queuing an edition twice queues it once. Answers the mailing's id.
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public long queue(long editionId) {
        Optional<Long> already = deliveries.mailingOfEdition(editionId);
        if (already.isPresent()) {
            return already.get();
        }
        EditionMail.Content content = editions.ofEdition(editionId)
                .orElseThrow(() -> new NotFoundException("That edition does not exist."));
        Instant now = clock.instant();
        long mailingId = deliveries.insertMailing(editionId, content.issueId(), content.subject(), content.correction(), now);
        int total = deliveries.queueConfirmedSubscribers(mailingId, issues.publication().getId(), now);
        if (total > 0) {
            scheduler.schedule(task.instance(String.valueOf(mailingId)), now);
        }
        return mailingId;
    }

    /** How the issue's mail is going: each mailing's numbers, its failures, whether it is stuck. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public SendingProgress progressOf(long issueId) {
        Instant now = clock.instant();
        List<SendingProgress.Mailing> mailings = new ArrayList<>();
        int waiting = 0;
        for (Deliveries.Mailing mailing : deliveries.mailingsOfIssue(issueId)) {
            SendingProgress.Mailing progress = progress(mailing, now);
            waiting += progress.queued();
            mailings.add(progress);
        }
        Optional<String> notice = waiting > 0 && !server.configured()
                ? Optional.of("No mail server is set up (spring.mail.host): " + Counting.thousands(waiting)
                        + (waiting == 1 ? " mail waits and goes" : " mails wait and go") + " out once it is.")
                : Optional.empty();
        return new SendingProgress(List.copyOf(mailings), notice);
    }

    /**
     * Sends the issue's email, as the release would store it, to the signed-in person's own
     * address, marked "[Test]", with an unsubscribe link that unsubscribes nobody. Answers the address.
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    @Transactional(readOnly = true)
    public String sendTestTo(long issueId) {
        User me = users.current();
        if (!StringUtils.hasText(me.getEmail())) {
            throw new WorkflowException("Your profile has no email address. Add one on your profile to get a test.");
        }
        SmtpEndpoint endpoint = server.endpoint().orElseThrow(() -> new WorkflowException(
                "No mail server is set up (spring.mail.host), so the test cannot go out."));
        EditionMail.Content preview = editions.previewOf(issueId);
        try (SmtpConnection smtp = new SmtpConnection(endpoint)) {
            SmtpConnection.Result result = smtp.send(letters.test(preview, me.getEmail(), placeholderUnsubscribeUrl()),
                    new InternetAddress(me.getEmail(), true), () -> true);
            if (!(result instanceof SmtpConnection.Accepted)) {
                throw new WorkflowException("The mail server did not take the test: " + reasonOf(result));
            }
        } catch (MessagingException unwritable) {
            throw new WorkflowException("The test could not be written: " + unwritable.getMessage());
        }
        return me.getEmail();
    }

    /**
     * Who a release would reach now, for the release screen before it goes out: the confirmed
     * subscribers, and a sentence when no mail server is set up (then nothing goes out until one is).
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Audience audience() {
        int confirmed = deliveries.confirmedSubscribers(issues.publication().getId());
        Optional<String> noServer = server.configured() ? Optional.empty()
                : Optional.of("No mail server is set up (spring.mail.host): released issues are queued for their "
                        + "subscribers and go out once one is.");
        return new Audience(confirmed, noServer);
    }

    /** The confirmed subscribers a release would mail now, and why mail would wait, if it would. */
    public record Audience(int confirmed, Optional<String> noServer) {
    }

    /** The mailings that have mail due and no progress for masthead.mail.stuck-after: for the health check. */
    List<SendingProgress.Mailing> stuck() {
        Instant now = clock.instant();
        return deliveries.unfinished().stream()
                .flatMap(id -> deliveries.mailing(id).stream())
                .map(mailing -> progress(mailing, now))
                .filter(SendingProgress.Mailing::stuck)
                .toList();
    }

    private SendingProgress.Mailing progress(Deliveries.Mailing mailing, Instant now) {
        Map<DeliveryStatus, Integer> counts = deliveries.counts(mailing.id());
        int queued = counts.get(DeliveryStatus.QUEUED);
        // Handed over longer ago than any answer can take, and never confirmed: the node stopped in between.
        int unknown = deliveries.fateUnknown(mailing.id(), now.minus(SmtpConnection.TIMEOUT.multipliedBy(2)));
        int sent = counts.get(DeliveryStatus.SENT) - unknown;
        int failed = counts.get(DeliveryStatus.FAILED);
        int skipped = counts.get(DeliveryStatus.SKIPPED);
        boolean stuck = false;
        if (mailing.finishedAt() == null && queued > 0) {
            Deliveries.Waiting waiting = deliveries.waiting(mailing.id(), now);
            stuck = waiting.due() > 0 && waiting.lastProgress().plus(quietAllowed()).isBefore(now);
        }
        List<SendingProgress.Failure> failures = failed == 0 ? List.of()
                : deliveries.failures(mailing.id(), FAILURES_SHOWN).stream()
                        .map(f -> new SendingProgress.Failure(f.getKey(), f.getValue())).toList();
        return new SendingProgress.Mailing(mailing.id(), mailing.editionId(), mailing.subject(), mailing.correction(),
                mailing.queuedAt(), mailing.finishedAt(), queued, sent, unknown, failed, skipped,
                queued + sent + unknown + failed + skipped, stuck, failures);
    }

    /** How long a send may sit still before it counts as stuck: a throttled one waits out its window too. */
    private Duration quietAllowed() {
        return settings.throttled() ? settings.stuckAfter().plus(settings.rateWindow()) : settings.stuckAfter();
    }

    /** Subscriber ids start at 1: a link for 0 is well-formed and unsubscribes nobody. */
    private String placeholderUnsubscribeUrl() {
        return links.unsubscribeUrl(0);
    }

    private static String reasonOf(SmtpConnection.Result result) {
        if (result instanceof SmtpConnection.Refused refused) {
            return refused.reply();
        }
        if (result instanceof SmtpConnection.Lost lost) {
            return lost.why();
        }
        if (result instanceof SmtpConnection.Unreachable unreachable) {
            return unreachable.why();
        }
        return "it did not answer.";
    }
}
