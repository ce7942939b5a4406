package org.masthead.mailing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler job that reads the bounce mailbox every masthead.mail.bounces.poll-every, on
 * one node at a time (a recurring task has one row, picked by one node), revived on another when
 * the one running it stops sending heartbeats. Without a mailbox set up it does nothing.
 */
@Configuration
class BounceMailboxTask {

    static final String TASK = "read-bounce-mailbox";

    @Bean
    RecurringTask<Void> readBounceMailbox(BounceMailbox mailbox, BounceSettings settings) {
        return Tasks.recurring(TASK, FixedDelay.of(settings.pollEvery())).execute((instance, context) -> {
            try {
                mailbox.poll();
            } catch (jakarta.mail.MessagingException unreachable) {
                throw new IllegalStateException("The bounce mailbox could not be read: " + unreachable.getMessage(), unreachable);
            }
        });
    }
}
