package org.masthead.issue;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Makes each week's issue when its time comes, by itself: soon after start, then every hour.
 * db-scheduler runs it on one node at a time, but "once" does not rest on that: each week's
 * row is unique ({@link CadenceService#makeIssueFor}), so a second run, here or on another node,
 * finds the week taken and makes nothing.
 */
@Configuration
class CadenceTask {

    private static final Logger log = LoggerFactory.getLogger(CadenceTask.class);
    static final String TASK = "cadence";
    static final Duration EVERY = Duration.ofHours(1);
    /** Two weeks made at once on two nodes may want the same number; the loser tries again with the next. */
    private static final int TRIES = 3;

    private final CadenceService cadence;

    CadenceTask(CadenceService cadence) {
        this.cadence = cadence;
    }

    @Bean
    RecurringTask<Void> weeklyIssueTask() {
        return Tasks.recurring(TASK, FixedDelay.of(EVERY)).execute((instance, context) -> run());
    }

    /** The numbers of the issues this run made. */
    List<Integer> run() {
        return RunAs.asDesk(Set.of(Role.EDITOR), () -> {
            List<Integer> made = new ArrayList<>();
            for (LocalDate day : cadence.dueWeeks()) {
                make(day).ifPresent(issue -> made.add(issue.getNumber()));
            }
            return made;
        });
    }

    private Optional<Issue> make(LocalDate day) {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                return cadence.makeIssueFor(day);   // its own transaction
            } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
                log.debug("The week of {} or its number was taken meanwhile (attempt {}).", day, attempt);
            }
        }
        return Optional.empty();
    }
}
