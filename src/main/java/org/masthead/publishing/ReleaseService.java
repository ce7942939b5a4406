package org.masthead.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.section.IssueProgress;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Releases an issue: checks it on the server, renders it once into an edition, freezes it. */
@Service
@Transactional
public class ReleaseService {

    private final IssueService issues;
    private final SectionService sections;
    private final EditionRenderer renderer;
    private final EditionRepository editions;
    private final Clock clock;

    ReleaseService(IssueService issues, SectionService sections, EditionRenderer renderer,
                   EditionRepository editions, Clock clock) {
        this.issues = issues;
        this.sections = sections;
        this.renderer = renderer;
        this.editions = editions;
        this.clock = clock;
    }

    /** The issue exactly as readers will get it, for the release screen. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public String preview(long issueId) {
        Issue issue = issues.require(issueId);
        Instant date = issue.isReleased() ? issue.getReleasedAt() : issue.getPlannedRelease();
        return renderer.article(issue, sections.keptSectionsOf(issueId), date);
    }

    /** What still stands between the issue and its release; empty when it can go. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<String> problemsBeforeRelease(long issueId) {
        Issue issue = issues.require(issueId);
        if (issue.isReleased()) {
            return List.of("Issue " + issue.getNumber() + " is already released.");
        }
        List<Section> kept = sections.keptSectionsOf(issueId);
        if (kept.isEmpty()) {
            return List.of("The issue has no sections.");
        }
        return kept.stream().filter(s -> s.getState() != SectionState.APPROVED)
                .map(s -> "\"" + s.getHeading() + "\" is " + s.getState().label().toLowerCase()
                        + " (" + s.getWriterName() + ").")
                .toList();
    }

    @PreAuthorize("hasRole('PUBLISHER')")
    public Edition release(long issueId) {
        Issue issue = issues.require(issueId);
        issue.requireInProduction();
        IssueProgress progress = sections.progressOf(issueId);
        List<String> problems = problemsBeforeRelease(issueId);
        if (!progress.isReady() || !problems.isEmpty()) {
            throw new WorkflowException("Issue " + issue.getNumber() + " is not ready to release: "
                    + progress.label() + ". " + problems.stream().collect(Collectors.joining(" ")));
        }
        List<Section> kept = sections.keptSectionsOf(issueId);
        Instant now = clock.instant();
        String article = renderer.article(issue, kept, now);
        String page = renderer.page(issue.getPublication(),
                issue.getPublication().getName() + " · No. " + issue.getNumber() + ": " + issue.getTitle(), article);
        Edition edition = editions.save(new Edition(issueId, issue.getNumber(), 1, issue.getTitle(), now,
                renderer.markdownSource(issue, kept), page, sha256(page)));
        issues.markReleased(issueId);
        return edition;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
