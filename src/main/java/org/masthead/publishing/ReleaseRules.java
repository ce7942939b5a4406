package org.masthead.publishing;

import static org.masthead.base.Refusal.first;
import static org.masthead.base.Refusal.unless;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.issue.Issue;
import org.masthead.section.SectionService;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may release, schedule, unschedule or correct an issue now: each rule once, as a reason
 * when the answer is no. {@link ReleaseService}, {@link Schedules} and {@link Corrections}
 * enforce them, {@link ReleaseService#actionsFor} reports them, so a button is offered exactly
 * when the click would succeed. Checks of what the caller brings along (the time of a schedule,
 * a correction's note and bodies) stay with the services.
 */
@Component
class ReleaseRules {

    private final SectionService sections;
    private final ReleaseChecks checks;
    private final CurrentUser currentUser;

    ReleaseRules(SectionService sections, ReleaseChecks checks, CurrentUser currentUser) {
        this.sections = sections;
        this.checks = checks;
        this.currentUser = currentUser;
    }

    Optional<String> release(Issue issue) {
        return release(issue, readiness(issue));
    }

    /** As {@link #release(Issue)}, with the checks shared with other verdicts on the same issue. */
    Optional<String> release(Issue issue, Supplier<Optional<String>> notReady) {
        // The checks render every section: run them only when nothing more basic refuses already.
        Optional<String> refusal = releaseOnceReady(issue);
        return refusal.isPresent() ? refusal : notReady.get().map(problems -> "Issue " + issue.getNumber()
                + " is not ready to release: " + sections.progressOf(issue.getId()).label() + ". " + problems);
    }

    /** Everything but readiness: a publisher, and an issue not yet out. */
    Optional<String> releaseOnceReady(Issue issue) {
        return first(publisher("Only a publisher can release an issue."), inProduction(issue));
    }

    Optional<String> schedule(Issue issue) {
        return schedule(issue, readiness(issue));
    }

    /** As {@link #schedule(Issue)}, with the checks shared with other verdicts on the same issue. */
    Optional<String> schedule(Issue issue, Supplier<Optional<String>> notReady) {
        Optional<String> refusal = scheduleOnceReady(issue);
        return refusal.isPresent() ? refusal : notReady.get().map(problems -> "Issue " + issue.getNumber()
                + " cannot be scheduled yet: " + problems);
    }

    /** Everything but readiness: a publisher, an issue not yet out, and no schedule already. */
    Optional<String> scheduleOnceReady(Issue issue) {
        return first(publisher("Only a publisher can schedule an issue."), inProduction(issue),
                unless(!issue.isScheduled(),
                        "Issue " + issue.getNumber() + " is already scheduled. Unschedule it first to pick another time."));
    }

    Optional<String> unschedule(Issue issue) {
        return first(publisher("Only a publisher can unschedule an issue."),
                unless(issue.isScheduled(), "Issue " + issue.getNumber() + " is not scheduled."));
    }

    Optional<String> correct(Issue issue) {
        return first(publisher("Only a publisher can publish a correction."),
                unless(issue.isReleased(), "Issue " + issue.getNumber() + " is not released yet: edit its sections instead."));
    }

    private Optional<String> publisher(String reason) {
        return unless(currentUser.hasRole(Role.PUBLISHER), reason);
    }

    private static Optional<String> inProduction(Issue issue) {
        return unless(!issue.isReleased(),
                "Issue " + issue.getNumber() + " is released already: publish a correction instead.");
    }

    /**
     * The release checks' problems in one line, when there are any, worked out on first use and
     * then kept: release and schedule ask the same checks, and each run renders every section.
     */
    Supplier<Optional<String>> readiness(Issue issue) {
        return new Supplier<>() {
            private Optional<String> verdict;

            @Override
            public Optional<String> get() {
                if (verdict == null) {
                    List<String> problems = checks.problems(issue, sections.keptSectionsOf(issue.getId()));
                    verdict = problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems));
                }
                return verdict;
            }
        };
    }
}
