package org.masthead.publishing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.masthead.base.Refusal;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.mailing.Sending;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of released issues. Nothing is reopened: the publisher gives corrected Markdown
 * for the sections that need it and a note for readers; the sections take the corrected bodies
 * (kept as revisions) and a new edition goes out beside the earlier ones, all in one transaction.
 */
@Service
@Transactional
public class Corrections {

    public static final int NOTE_MAX = 1000;

    private final IssueService issues;
    private final SectionService sections;
    private final EditionWriter writer;
    private final ReleaseRules rules;
    private final Sending sending;
    private final Clock clock;

    Corrections(IssueService issues, SectionService sections, EditionWriter writer, ReleaseRules rules, Sending sending,
                Clock clock) {
        this.issues = issues;
        this.sections = sections;
        this.writer = writer;
        this.rules = rules;
        this.sending = sending;
        this.clock = clock;
    }

    /**
     * @param corrected the new Markdown body of each section to correct, by section id; bodies
     *                  equal to the current ones are not corrections and are ignored
     * @param note      what was corrected, in a sentence readers will see on the edition
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Edition publish(long issueId, Map<Long, String> corrected, String note) {
        return publish(issueId, corrected, note, false);
    }

    /**
     * The same, and with {@code mailIt} the corrected edition goes to every confirmed subscriber
     * (its subject starts with "Correction: ", its note is in the stored email), queued in this
     * transaction. Without it, subscribers are not mailed: most corrections are for the archive.
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Edition publish(long issueId, Map<Long, String> corrected, String note, boolean mailIt) {
        Issue issue = issues.require(issueId);
        Refusal.enforce(rules.correct(issue));
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw new WorkflowException("Say what was corrected: readers see the note on the new edition.");
        }
        if (why.length() > NOTE_MAX) {
            throw new WorkflowException("A correction note has at most " + NOTE_MAX + " characters.");
        }
        List<Section> kept = sections.keptSectionsOf(issueId);
        List<Section> changed = kept.stream()
                .filter(s -> corrected.containsKey(s.getId()))
                .filter(s -> !normalised(corrected.get(s.getId())).equals(normalised(s.getBody())))
                .toList();
        if (corrected.keySet().stream().anyMatch(id -> kept.stream().noneMatch(s -> s.getId().equals(id)))) {
            throw new WorkflowException("Only the sections this issue was released with can be corrected.");
        }
        if (changed.isEmpty()) {
            throw new WorkflowException("Nothing was changed. Correct at least one section before publishing a correction.");
        }
        Refusal.enforce(IssueSize.problemWith(kept.stream()
                .map(s -> corrected.containsKey(s.getId()) ? corrected.get(s.getId()) : s.getBody()).toList()));
        EditionHistory history = writer.nextAfter(issue, why);
        // The changes first, the edition last: a released record commits only with a new edition stored after it.
        changed.forEach(s -> sections.correctBody(s.getId(), corrected.get(s.getId())));
        issues.markCorrected(issueId, "Edition " + history.editionNo() + ": " + why);
        Edition edition = writer.write(issue, sections.keptSectionsOf(issueId), clock.instant(), history);
        if (mailIt) {
            sending.queue(edition.getId());
        }
        return edition;
    }

    private static String normalised(String body) {
        return body == null ? "" : body.replace("\r\n", "\n").strip();
    }
}
