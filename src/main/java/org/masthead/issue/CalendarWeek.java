package org.masthead.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One line of the Calendar: a day with its issue, or a regular release day of the cadence without
 * one (still to be made, skipped, or passed without an issue). What the signed-in person may do
 * with it comes with it, with the reason where not: the screen draws its buttons from this, and
 * the service refuses with the same sentences.
 *
 * @param day          the day of the release, on the publication's clock
 * @param issue        the issue of that day, or null
 * @param regularDay   the cadence's own day for this issue when it was moved away from it, else null
 * @param skip         the decision to skip this week, or null
 * @param madeAt       when the cadence makes this week's issue, for a week still without one; else null
 * @param writersDue   the writers' deadline of this week under the cadence, or null without a cadence
 * @param editingDue   the editing deadline, likewise
 */
public record CalendarWeek(LocalDate day, Issue issue, LocalDate regularDay, CadenceWeek skip, Instant madeAt,
                           Instant writersDue, Instant editingDue, Map<WeekAction, Optional<String>> actions) {

    public boolean hasIssue() {
        return issue != null;
    }

    public boolean isSkipped() {
        return skip != null;
    }

    public boolean may(WeekAction action) {
        return actions.getOrDefault(action, Optional.of("")).isEmpty();
    }

    public Optional<String> whyNot(WeekAction action) {
        return actions.getOrDefault(action, Optional.of("That cannot be done with this week."));
    }
}
