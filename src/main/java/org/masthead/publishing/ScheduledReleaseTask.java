package org.masthead.publishing;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.Set;
import org.masthead.base.NotFoundException;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The job db-scheduler runs when a scheduled release is due. It goes through the release
 * service like a person would, as the "scheduler" publisher, so the audit trail says who did it.
 */
@Configuration
class ScheduledReleaseTask {

    private static final Logger log = LoggerFactory.getLogger(ScheduledReleaseTask.class);

    /** {@code @Lazy}: the scheduler needs this task before the release service (which uses the scheduler) exists. */
    @Bean
    OneTimeTask<Void> scheduledRelease(@Lazy ReleaseService releases) {
        return Tasks.oneTime(Schedules.TASK).execute((instance, context) -> {
            long issueId = Long.parseLong(instance.getId());
            String node = "node " + context.getExecution().pickedBy;
            try {
                RunAs.as("scheduler", Set.of(Role.PUBLISHER), () -> releases.releaseAsScheduled(issueId, node));
            } catch (NotFoundException gone) {
                // The issue no longer exists: nothing to release, and retrying would not change that.
                log.warn("Scheduled release of issue id {} found no such issue; dropping the job.", issueId);
            }
        });
    }
}
