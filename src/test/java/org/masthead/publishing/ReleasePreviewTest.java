package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The release screen promises the issue exactly as readers will get it: what it previews is, byte
 * for byte, what the release then stores, released now or by its schedule. The clock stands still
 * here, so the test decides which day it is.
 */
@Import(ReleasePreviewTest.StoppedClock.class)
@TestPropertySource(properties = "masthead.test.database=release_preview")
class ReleasePreviewTest extends ServiceTest {

    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    /** A Monday; the test issues are planned for Friday, 4 December. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T09:00:00Z");

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(MONDAY_MORNING);
        }
    }

    @Autowired
    TestClock clock;
    @Autowired
    ReleaseService releases;
    @Autowired
    Schedules schedules;
    @Autowired
    EditionRepository editions;
    @Autowired
    DataSource dataSource;
    @Autowired
    OneTimeTask<Void> scheduledRelease;

    @BeforeEach
    void itIsMondayMorning() {
        clock.set(MONDAY_MORNING);
    }

    @Test
    void an_issue_released_now_is_stored_exactly_as_its_preview_showed_it() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);
        EditionPreview preview = releases.preview(issueId);

        clock.advance(Duration.ofMinutes(5));
        Edition edition = releases.release(issueId);

        assertStoredAsPreviewed(edition, preview);
        assertThat(preview.date()).isEqualTo("30 November 2026");
        assertThat(preview.article()).contains("Issue " + edition.getIssueNumber() + " · 30 November 2026");
    }

    @Test
    void an_issue_released_by_its_schedule_is_stored_exactly_as_its_preview_showed_it_even_when_the_job_runs_late() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);
        LocalDateTime wednesdayNight = LocalDateTime.of(2026, 12, 2, 23, 45);
        schedules.schedule(issueId, wednesdayNight);
        EditionPreview preview = releases.preview(issueId);

        // The node was down for a while: the job runs after midnight, on Thursday.
        Instant due = wednesdayNight.atZone(PRAGUE).toInstant();
        clock.set(due.plus(Duration.ofMinutes(25)));
        runDueJobsAt(due);

        Edition edition = editions.findByIssueIdOrderByEditionNoAsc(issueId).get(0);
        assertStoredAsPreviewed(edition, preview);
        assertThat(preview.date()).isEqualTo("2 December 2026");
        assertThat(edition.getReleasedAt()).isEqualTo(due);
    }

    @Test
    void a_released_issue_previews_its_stored_edition() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);
        Edition edition = releases.release(issueId);
        clock.advance(Duration.ofDays(3));

        assertStoredAsPreviewed(edition, releases.preview(issueId));
    }

    /** Byte for byte, in every format, and so with the same hashes (the web page's is its ETag). */
    private static void assertStoredAsPreviewed(Edition edition, EditionPreview preview) {
        assertThat(edition.getHtml()).isEqualTo(preview.html()).contains(preview.article());
        assertThat(edition.getEmailHtml()).isEqualTo(preview.email());
        assertThat(edition.getPlainText()).isEqualTo(preview.text());
        assertThat(edition.getMarkdown()).isEqualTo(preview.markdown());
        assertThat(edition.getContentHash()).isEqualTo(Hashes.sha256(preview.html()));
        assertThat(edition.getEmailHash()).isEqualTo(Hashes.sha256(preview.email()));
        assertThat(edition.getTextHash()).isEqualTo(Hashes.sha256(preview.text()));
    }

    private void runDueJobsAt(Instant when) {
        SettableClock schedulerTime = new SettableClock();
        schedulerTime.set(when);
        ManualScheduler node = TestHelper.createManualScheduler(dataSource, scheduledRelease).clock(schedulerTime).build();
        node.runAnyDueExecutions();
    }
}
