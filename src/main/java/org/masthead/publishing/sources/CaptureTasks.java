package org.masthead.publishing.sources;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two db-scheduler jobs of source capture, each run by exactly one node: capturing an edition's
 * new links (one-time, scheduled once the release or correction has committed, so a release never
 * waits or fails on a source), and the weekly dead-link check.
 */
@Configuration
@EnableConfigurationProperties(SourceSettings.class)
class CaptureTasks {

    static final String CAPTURE = "capture-sources";
    static final String CHECK = "check-sources";
    static final Duration CHECK_EVERY = Duration.ofDays(7);

    @Bean
    OneTimeTask<Long> captureSources(@Lazy SourceCaptures captures) {
        return Tasks.oneTime(CAPTURE, Long.class).execute((instance, context) -> captures.capturePending(instance.getData()));
    }

    @Bean
    RecurringTask<Void> checkSources(@Lazy SourceCaptures captures) {
        return Tasks.recurring(CHECK, FixedDelay.of(CHECK_EVERY)).execute((instance, context) -> captures.checkDue());
    }

    @Bean
    SourceFetcher sourceFetcher(SourceSettings settings, @Lazy SourceCaptures captures, Clock clock) {
        return new SourceFetcher(settings, captures::userAgent, clock);
    }

    /** Schedules the capture once the edition is committed: before, the job would find nothing (or a rolled-back edition). */
    @Bean
    CaptureTrigger captureTrigger(SchedulerClient scheduler, @Lazy OneTimeTask<Long> captureSources,
                                  PlatformTransactionManager transactions, Clock clock) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new CaptureTrigger(scheduler, captureSources, own, clock);
    }

    /** Listens for new links and schedules their capture, in a transaction of its own after the commit. */
    static class CaptureTrigger {

        private final SchedulerClient scheduler;
        private final OneTimeTask<Long> task;
        private final TransactionTemplate own;
        private final Clock clock;

        CaptureTrigger(SchedulerClient scheduler, OneTimeTask<Long> task, TransactionTemplate own, Clock clock) {
            this.scheduler = scheduler;
            this.task = task;
            this.own = own;
            this.clock = clock;
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        void on(SourcesRegistered registered) {
            own.executeWithoutResult(status -> scheduler.scheduleIfNotExists(
                    task.instance(registered.issueId() + "-" + registered.editionNo(), registered.issueId()), clock.instant()));
        }
    }
}
