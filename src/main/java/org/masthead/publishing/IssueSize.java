package org.masthead.publishing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.masthead.base.Counting;
import org.masthead.section.Section;

/**
 * The real limit of an issue: what its sections may hold together. A section is capped at
 * {@link Section#BODY_MAX}; an issue at ten of those. Far beyond any briefing this desk has
 * sent, yet small enough that releasing renders it in seconds and every format of its edition
 * stays a few megabytes. Checked before release with a sentence, so it is never the database
 * that says no.
 */
final class IssueSize {

    /** The most characters an issue's sections hold together: ten sections at the section limit. */
    static final int MAX = 10 * Section.BODY_MAX;

    private IssueSize() {
    }

    /** Why the sections are too much for one issue, if they are. */
    static Optional<String> problem(List<Section> kept) {
        return problemWith(kept.stream().map(Section::getBody).toList());
    }

    /** The same rule for bodies not stored yet (a correction's). */
    static Optional<String> problemWith(Collection<String> bodies) {
        long total = bodies.stream().mapToLong(body -> body == null ? 0 : body.length()).sum();
        return total <= MAX ? Optional.empty() : Optional.of("The sections hold " + Counting.thousands(total)
                + " characters together; an issue holds at most " + Counting.thousands(MAX)
                + " (ten full sections). Shorten or drop some before it goes out.");
    }
}
