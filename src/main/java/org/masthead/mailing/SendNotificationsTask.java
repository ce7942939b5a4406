package org.masthead.mailing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler job that empties the notification outbox: every few seconds, on one node at a
 * time, revived on another when the one running it stops sending heartbeats. A mail waits at most
 * this delay plus the scheduler's polling interval; it never waits on the person who acted.
 */
@Configuration
class SendNotificationsTask {

    static final String TASK = "send-notifications";
    static final Duration EVERY = Duration.ofSeconds(5);

    @Bean
    RecurringTask<Void> sendNotifications(NotificationSender sender) {
        return Tasks.recurring(TASK, FixedDelay.of(EVERY)).execute((instance, context) -> sender.sendDue());
    }
}
