package org.masthead.mailing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The safety net under "never silently not at all": once a minute, on one node, every mailing
 * that still has a queued delivery gets its send job back if it has none, and is reopened if it
 * was marked finished. That closes the race where one sender finishes a mailing while another
 * puts a refused message back in the queue, and any other way a job could go missing.
 */
@Configuration
class MailingSweep {

    private static final Logger log = LoggerFactory.getLogger(MailingSweep.class);
    static final String TASK = "mailing-sweep";
    static final Duration EVERY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> send;
    private final Clock clock;

    MailingSweep(JdbcTemplate jdbc, @Lazy SchedulerClient scheduler, CustomTask<Void> sendMailing, Clock clock) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.send = sendMailing;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> mailingSweepTask() {
        return Tasks.recurring(TASK, FixedDelay.of(EVERY)).execute((instance, context) -> sweep());
    }

    /** The mailings it gave a job back to. */
    List<Long> sweep() {
        List<Long> open = jdbc.queryForList("select distinct mailing_id from deliveries where status = 'QUEUED' order by mailing_id",
                Long.class);
        Instant now = clock.instant();
        List<Long> revived = new java.util.ArrayList<>();
        for (long mailingId : open) {
            int reopened = jdbc.update("update mailings set finished_at = null where id = ? and finished_at is not null", mailingId);
            if (scheduler.scheduleIfNotExists(send.instance(Long.toString(mailingId)), now) || reopened > 0) {
                log.warn("Mailing {} had mail queued and no send job; it has one again.", mailingId);
                revived.add(mailingId);
            }
        }
        return revived;
    }
}
