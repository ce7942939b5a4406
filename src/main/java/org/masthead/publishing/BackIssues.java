package org.masthead.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.issue.Publication;
import org.masthead.issue.TemplateSlot;
import org.masthead.section.SectionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Brings past issues into the archive from the file they were sent as, each as a released edition with its original date. */
@Service
@Transactional
public class BackIssues {

    /** Larger than any issue this desk has seen; a file this big is not one issue. */
    public static final int MAX_BYTES = 1_000_000;

    private final IssueService issues;
    private final SectionService sections;
    private final EditionWriter writer;
    private final Clock clock;

    BackIssues(IssueService issues, SectionService sections, EditionWriter writer, Clock clock) {
        this.issues = issues;
        this.sections = sections;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @param title                 the issue's title; may be blank when the Markdown has a "# " title line
     * @param lastParagraphIsFooter whether the file ends with the standing footer (mails do)
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Edition importIssue(int number, String title, LocalDate releasedOn, byte[] file, boolean lastParagraphIsFooter) {
        if (file == null || file.length == 0) {
            throw new WorkflowException("The file is empty. Choose the Markdown or text file of the issue.");
        }
        if (file.length > MAX_BYTES) {
            throw new WorkflowException("That file is larger than 1 MB: it is not one issue.");
        }
        if (releasedOn == null) {
            throw new WorkflowException("Give the date the issue went out.");
        }
        Publication publication = issues.publication();
        ZoneId zone = publication.getTimeZone();
        if (releasedOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new WorkflowException("A back issue went out in the past: pick a date up to today.");
        }
        BackIssueParser.Parsed parsed = BackIssueParser.parse(new String(file, StandardCharsets.UTF_8),
                publication.getSlots().stream().map(TemplateSlot::getHeading).toList(), lastParagraphIsFooter);
        if (parsed.sections().isEmpty()) {
            throw new WorkflowException("No section was found in that file.");
        }
        String cleanTitle = title == null || title.isBlank() ? parsed.title().orElse("") : title;
        Instant releasedAt = releasedOn.atStartOfDay(zone).toInstant();
        Issue issue = issues.createBackIssue(number, cleanTitle, releasedAt, parsed.footer());
        sections.importSections(issue.getId(), parsed.sections());
        Edition edition = writer.write(issue, sections.keptSectionsOf(issue.getId()), releasedAt,
                EditionHistory.first(issue.getNumber()));
        issues.markReleased(issue.getId(), releasedAt);
        return edition;
    }
}
