package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.issue.IssueService;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/** A mailing with mail still queued never sits without a job that sends it. */
class MailingSweepTest extends ServiceTest {

    @Autowired
    MailingSweep sweep;
    @Autowired
    ReleaseService releases;
    @Autowired
    SubscriberRepository subscriberRepository;
    @Autowired
    IssueService issues;
    @Autowired
    MailProperties mail;
    @Autowired
    MailingJob job;

    private long mailingId;

    @BeforeEach
    void aReleaseQueuedForThreeSubscribers() {
        new MailingFixture(subscriberRepository, issues, mail, job).confirmed(3);
        long issueId = desk.readyIssue();
        as("paula", roles(Role.PUBLISHER), () -> releases.release(issueId));
        mailingId = desk.jdbc().queryForObject("select id from mailings", Long.class);
    }

    @Test
    void a_mailing_marked_finished_while_a_refused_mail_went_back_to_the_queue_is_reopened_with_its_job() {
        // What the race between two senders leaves: finished, one delivery queued again, the job gone.
        desk.jdbc().update("update mailings set finished_at = current_timestamp where id = ?", mailingId);
        desk.jdbc().update("delete from scheduled_tasks where task_name = ?", SendMailingTask.TASK);

        assertThat(sweep.sweep()).containsExactly(mailingId);

        assertThat(desk.jdbc().queryForObject("select count(*) from mailings where id = ? and finished_at is null",
                Integer.class, mailingId)).isEqualTo(1);
        assertThat(desk.jdbc().queryForList("select task_instance from scheduled_tasks where task_name = ?", String.class,
                SendMailingTask.TASK)).containsExactly(Long.toString(mailingId));
    }

    @Test
    void a_mailing_whose_job_is_waiting_or_whose_mail_is_all_out_is_left_alone() {
        assertThat(sweep.sweep()).as("its job is there").isEmpty();

        desk.jdbc().update("update deliveries set status = 'SENT', sent_at = current_timestamp");
        desk.jdbc().update("update mailings set finished_at = current_timestamp");
        desk.jdbc().update("delete from scheduled_tasks where task_name = ?", SendMailingTask.TASK);

        assertThat(sweep.sweep()).isEmpty();
        assertThat(desk.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = ?", Integer.class,
                SendMailingTask.TASK)).isZero();
    }
}
