package org.masthead.review;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.masthead.base.ui.DeskTime;
import org.masthead.base.ui.Formats;
import org.masthead.review.InboxMessage.Kind;
import org.masthead.review.TurnNotifier.TurnAnnounced;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day before a deadline (in the publication's time zone), a section still with its writer
 * reminds her once, in the inbox and by email if she asked for it. db-scheduler runs the sweep
 * on one node at a time, but "once" does not rest on that: each reminder is stored under the
 * key (section, deadline) in the transaction that tells her, so a second run, on this node or
 * another, finds it taken and tells nobody. A new deadline is a new key, and reminds again.
 */
@Configuration
class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);
    static final String TASK = "deadline-reminders";
    static final Duration EVERY = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SectionService sections;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final DeskTime deskTime;
    private final Clock clock;

    DeadlineReminders(JdbcTemplate jdbc, PlatformTransactionManager transactions, SectionService sections, Inbox inbox,
                      ApplicationEventPublisher events, DeskTime deskTime, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.sections = sections;
        this.inbox = inbox;
        this.events = events;
        this.deskTime = deskTime;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> deadlineRemindersTask() {
        return Tasks.recurring(TASK, FixedDelay.of(EVERY)).execute((instance, context) -> remind());
    }

    /** The sections whose writers were reminded by this run. */
    List<Long> remind() {
        LocalDate today = clock.instant().atZone(deskTime.zone()).toLocalDate();
        // From the day before to the day itself: a run missed the day before (every node down) still reminds.
        List<Long> due = jdbc.queryForList("""
                select s.id from sections s join issues i on i.id = s.issue_id
                 where s.deadline between ? and ? and s.state in ('DRAFT', 'RETURNED') and s.writer_id is not null
                   and not s.dropped and i.released_at is null
                   and not exists (select 1 from deadline_reminders r where r.section_id = s.id and r.deadline = s.deadline)
                 order by s.id""", Long.class, Date.valueOf(today), Date.valueOf(today.plusDays(1)));
        return due.stream().filter(this::remindOnce).toList();
    }

    /**
     * One section, in its own transaction: the stored key and the message commit together, or
     * neither. Signed in around the commit too, for the mail that goes out after it.
     */
    private boolean remindOnce(long sectionId) {
        try {
            return Boolean.TRUE.equals(RunAs.asDesk(Set.of(Role.EDITOR),
                    () -> transaction.execute(status -> tell(sections.require(sectionId)))));
        } catch (DuplicateKeyException remindedMeanwhile) {
            log.debug("Section {} was reminded by another run meanwhile.", sectionId);
            return false;
        }
    }

    private boolean tell(Section section) {
        if (!section.getState().isWithWriter() || section.getWriter() == null || section.getDeadline() == null) {
            return false;   // moved on since the query
        }
        jdbc.update("insert into deadline_reminders (section_id, deadline, reminded_at) values (?, ?, ?)",
                section.getId(), Date.valueOf(section.getDeadline()), java.sql.Timestamp.from(clock.instant()));
        if (!section.getWriter().isActive()) {
            return false;
        }
        List<String> writer = List.of(section.getWriter().getUsername());
        String text = "Reminder: \"" + section.getHeading() + "\" (issue " + section.getIssue().getNumber()
                + ") is due " + Formats.day(section.getDeadline()) + ", and it is still with you.";
        List<InboxMessage> delivered = inbox.deliver(Kind.TURN, writer, section.getIssue().getId(), section.getId(), text);
        events.publishEvent(new TurnAnnounced(writer, text, delivered.get(0).link()));
        return true;
    }
}
