package org.masthead.issue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one answer to what may be done with a week: the Calendar draws its buttons from it and
 * {@link CadenceService} refuses with the same sentence.
 */
final class WeekRules {

    static final String ONLY_PLANNERS = "Editors and publishers plan the weeks.";

    private WeekRules() {
    }

    /**
     * @param planner  whether the signed-in person is an editor or publisher
     * @param issue    the week's issue, or null
     * @param skipped  whether the week is skipped
     * @param release  when the week's release is (the issue's, else the cadence's)
     */
    static Map<WeekAction, Optional<String>> actions(boolean planner, Issue issue, boolean skipped, Instant release,
                                                     Instant now) {
        Map<WeekAction, Optional<String>> actions = new EnumMap<>(WeekAction.class);
        for (WeekAction action : WeekAction.values()) {
            actions.put(action, planner ? whyNot(action, issue, skipped, release, now) : Optional.of(ONLY_PLANNERS));
        }
        return actions;
    }

    static Optional<String> whyNot(WeekAction action, Issue issue, boolean skipped, Instant release, Instant now) {
        boolean passed = !release.isAfter(now);
        return switch (action) {
            case SKIP -> issue != null
                    ? Optional.of("Issue " + issue.getNumber() + " is already made for this week: move it to another date instead.")
                    : skipped ? Optional.of("This week is already skipped.")
                    : passed ? Optional.of("This week's release has passed.") : Optional.empty();
            case UNSKIP -> !skipped ? Optional.of("This week is not skipped.")
                    : passed ? Optional.of("This week's release has passed.") : Optional.empty();
            case MOVE -> issue == null ? Optional.of("This week has no issue to move.")
                    : issue.isReleased() ? issue.whyFrozen()
                    : issue.isScheduled() ? Optional.of("Issue " + issue.getNumber()
                            + " is scheduled for release. The publisher unschedules it first.")
                    : Optional.empty();
            case RENAME -> issue == null ? Optional.of("This week has no issue to name.") : issue.whyFrozen();
        };
    }

    /** The same answer for the week of a release day, refusing when it is no. */
    static void require(WeekAction action, Issue issue, boolean skipped, Instant release, Instant now) {
        whyNot(action, issue, skipped, release, now).ifPresent(reason -> {
            throw new org.masthead.base.WorkflowException(reason);
        });
    }
}
