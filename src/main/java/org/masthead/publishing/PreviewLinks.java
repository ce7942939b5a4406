package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.NotFoundException;
import org.masthead.base.Refusal;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.Roles;
import org.masthead.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's side of preview links: an editor or a publisher shares an issue in production with
 * someone without an account (a lawyer, a guest author) for a week, sees on the issue's board
 * what became of each link, and withdraws one when it should no longer open.
 */
@Service
@Transactional
public class PreviewLinks {

    /** One link as the board lists it. */
    public record Line(long id, String url, String createdBy, Instant createdAt, Instant expiresAt, Instant lastOpenedAt,
                       PreviewLink.Status status, String revokedBy, Instant revokedAt, int comments) {
    }

    private final PreviewLinkRepository links;
    private final PreviewAddress addresses;
    private final IssueService issues;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final PreviewLinkPolicy policy;
    private final Clock clock;

    PreviewLinks(PreviewLinkRepository links, PreviewAddress addresses, IssueService issues, UserService users,
                 CurrentUser currentUser, AuditTrail audit, PreviewLinkPolicy policy, Clock clock) {
        this.links = links;
        this.addresses = addresses;
        this.issues = issues;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** Why this person may not create a preview link of the issue now; empty when they may. The board draws its button from it. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Optional<String> whyNotCreate(long issueId) {
        return whyNotCreate(issues.require(issueId));
    }

    private Optional<String> whyNotCreate(Issue issue) {
        return Refusal.first(
                Refusal.unless(currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.PUBLISHER),
                        "Only an editor or a publisher can share a preview of an issue."),
                Refusal.unless(!issue.isReleased(), "Issue " + issue.getNumber()
                        + " is released: anyone can read it in the archive, so it needs no preview link."));
    }

    /** A new link to the issue, opening for {@link PreviewLinkPolicy#validFor()}; audited. */
    @PreAuthorize(Roles.CAN_SHARE_PREVIEW)
    public Line create(long issueId) {
        Issue issue = issues.require(issueId);
        Refusal.enforce(whyNotCreate(issue));
        Instant now = clock.instant();
        // Whole seconds: the address carries the expiry in seconds, and says the same as the record.
        Instant expires = now.plus(policy.validFor()).truncatedTo(ChronoUnit.SECONDS);
        PreviewLink link = links.save(new PreviewLink(org.masthead.base.SignedLinks.randomId(), issueId,
                currentUser.requireUsername(), now, expires));
        audit.record(AuditAction.PREVIEW_LINK_CREATED, issueId, null, null, null,
                "Preview link " + link.getId() + ", open until " + expires + ".");
        return line(link, now);
    }

    /** Withdraws the link: from now on it answers that it was withdrawn. Audited. */
    @PreAuthorize(Roles.CAN_SHARE_PREVIEW)
    public Line revoke(long linkId) {
        PreviewLink link = links.findById(linkId).orElseThrow(() -> new NotFoundException("That preview link does not exist."));
        Instant now = clock.instant();
        Refusal.enforce(switch (link.statusAt(now)) {
            case REVOKED -> Optional.of("This preview link was withdrawn already.");
            case EXPIRED -> Optional.of("This preview link has expired already; it no longer opens.");
            case OPEN -> Optional.<String>empty();
        });
        link.revoke(currentUser.requireUsername(), now);
        audit.record(AuditAction.PREVIEW_LINK_REVOKED, link.getIssueId(), null, PreviewLink.Status.OPEN, PreviewLink.Status.REVOKED,
                "Preview link " + link.getId() + ".");
        return line(link, now);
    }

    /** The issue's links, newest first, with what became of each. */
    @PreAuthorize(Roles.CAN_SHARE_PREVIEW)
    @Transactional(readOnly = true)
    public List<Line> of(long issueId) {
        Instant now = clock.instant();
        return links.findByIssueIdOrderByCreatedAtDescIdDesc(issueId).stream().map(link -> line(link, now)).toList();
    }

    private Line line(PreviewLink link, Instant now) {
        return new Line(link.getId(), addresses.urlOf(link), users.displayNameOf(link.getCreatedBy()), link.getCreatedAt(),
                link.getExpiresAt(), link.getLastOpenedAt(), link.statusAt(now),
                link.getRevokedBy() == null ? null : users.displayNameOf(link.getRevokedBy()), link.getRevokedAt(),
                link.getCommentsReceived());
    }
}
