package org.masthead.mailing;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler job that sends a mailing (instance id: the mailing's id). Queued in the
 * release's transaction, run by whichever node picks it, revived on another node when the one
 * running it stops sending heartbeats. A run that leaves mail for later reschedules the job for
 * then instead of holding a scheduler thread.
 */
@Configuration
class SendMailingTask {

    static final String TASK = "send-mailing";

    @Bean
    CustomTask<Void> sendMailing(MailingJob job) {
        return Tasks.custom(TASK, Void.class)
                // A run that failed outright (the database away): the rows are as they were; try again soon.
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    MailingJob.Outcome outcome = job.run(Long.parseLong(instance.getId()));
                    if (outcome instanceof MailingJob.Later later) {
                        return (complete, operations) -> operations.reschedule(complete, later.at());
                    }
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }
}
