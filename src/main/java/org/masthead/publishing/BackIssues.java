package org.masthead.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.masthead.base.Counting;
import org.masthead.markdown.TextHygiene;
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
    /** A briefing has a handful of sections; a file with more headings than this is not one issue. */
    public static final int SECTIONS_MAX = 100;

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
     * The file is bounded before it is parsed (its size, then its headings, counted line by line);
     * the footer it ends with once the parser has found it, cleaned as a section body is, before
     * anything is stored. Each bound refuses with its sentence, for the screen's field.
     *
     * @param title                 the issue's title; may be blank when the Markdown has a "# " title line
     * @param lastParagraphIsFooter whether the file ends with the standing footer (mails do)
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Edition importIssue(int number, String title, LocalDate releasedOn, byte[] file, boolean lastParagraphIsFooter) {
        if (file == null || file.length == 0) {
            throw new ImportRefused(ImportRefused.Field.FILE, "The file is empty. Choose the Markdown or text file of the issue.");
        }
        if (file.length > MAX_BYTES) {
            throw new ImportRefused(ImportRefused.Field.FILE, "That file is larger than 1 MB: it is not one issue.");
        }
        if (releasedOn == null) {
            throw new WorkflowException("Give the date the issue went out.");
        }
        Publication publication = issues.publication();
        ZoneId zone = publication.getTimeZone();
        if (releasedOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new WorkflowException("A back issue went out in the past: pick a date up to today.");
        }
        String text = new String(file, StandardCharsets.UTF_8);
        List<String> knownHeadings = publication.getSlots().stream().map(TemplateSlot::getHeading).toList();
        requireOneIssue(SectionHeadings.atLeast(text, knownHeadings));
        BackIssueParser.Parsed parsed = BackIssueParser.parse(text, knownHeadings, lastParagraphIsFooter);
        if (parsed.sections().isEmpty()) {
            throw new ImportRefused(ImportRefused.Field.FILE, "No section was found in that file.");
        }
        requireOneIssue(parsed.sections().size());
        String footer = parsed.footer() == null ? null : TextHygiene.clean(parsed.footer()).strip();
        if (footer != null && footer.length() > Issue.FOOTER_MAX) {
            throw new ImportRefused(ImportRefused.Field.FOOTER, "The standing footer at the end of the file has "
                    + Counting.thousands(footer.length()) + " characters; a footer has at most " + Counting.thousands(Issue.FOOTER_MAX)
                    + ". Shorten it, or untick \"The file ends with the standing footer\" if it belongs to the last section.");
        }
        String cleanTitle = title == null || title.isBlank() ? parsed.title().orElse("") : title;
        Instant releasedAt = releasedOn.atStartOfDay(zone).toInstant();
        Issue issue = issues.createBackIssue(number, cleanTitle, releasedAt, footer);
        sections.importSections(issue.getId(), parsed.sections());
        Edition edition = writer.write(issue, sections.keptSectionsOf(issue.getId()), releasedAt,
                EditionHistory.first(issue.getNumber()));
        issues.markReleased(issue.getId(), releasedAt);
        return edition;
    }

    private static void requireOneIssue(int headings) {
        if (headings > SECTIONS_MAX) {
            throw new ImportRefused(ImportRefused.Field.FILE, "That file has " + Counting.thousands(headings) + " section headings; an issue has at most "
                    + SECTIONS_MAX + " sections, so it is not one issue. Import one issue per file.");
        }
    }
}
