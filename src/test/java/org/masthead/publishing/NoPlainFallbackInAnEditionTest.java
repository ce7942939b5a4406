package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A render that gave up and fell back to plain paragraphs (past its time budget, on a loaded
 * server) is never frozen into an edition. Here the budget for editions is zero, so every such
 * render falls back, while the fixtures render as usual: a release now, a scheduled release and
 * an import each refuse in a sentence and store no edition; the release screen still shows the
 * issue and says why it cannot go.
 */
@TestPropertySource(properties = {"masthead.test.edition-render-budget=PT0S", "masthead.test.database=no_plain_fallback"})
class NoPlainFallbackInAnEditionTest extends ServiceTest {

    @Autowired
    ReleaseService releases;
    @Autowired
    Schedules schedules;
    @Autowired
    BackIssues backIssues;
    @Autowired
    IssueService issues;

    @Test
    void a_release_whose_sections_cannot_be_formatted_in_time_is_refused_in_a_sentence_and_stores_nothing() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);

        assertThat(releases.problemsBeforeRelease(issueId))
                .contains("\"" + Desk.HEADINGS.get(0) + "\" could not be formatted in time, so readers would get it as "
                        + "plain paragraphs: try again when the desk is less busy, or simplify its formatting.");
        assertThat(releases.preview(issueId).article()).contains("Some **text** for wendy.");
        assertThatThrownBy(() -> releases.release(issueId))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("is not ready to release")
                .hasMessageContaining("could not be formatted in time");
        assertThat(editions()).isZero();
        assertThat(issues.require(issueId).isReleased()).isFalse();
    }

    @Test
    void a_scheduled_release_that_cannot_be_formatted_in_time_does_not_go_out_and_tells_the_publisher_why() {
        long issueId = desk.readyIssue();
        LocalDateTime nextWeek = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusDays(7).withNano(0);
        // Scheduling checks the issue with the same budget; give it a ready issue by scheduling before the load.
        desk.jdbc().update("update issues set scheduled_for = ? where id = ?",
                Timestamp.from(nextWeek.atZone(ZoneId.of("Europe/Prague")).toInstant()), issueId);

        var released = Desk.as("scheduler", Desk.roles(Role.PUBLISHER), () -> releases.releaseAsScheduled(issueId, "node-a"));

        Issue issue = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> issues.require(issueId));
        assertThat(released).isEmpty();
        assertThat(issue.isReleased()).isFalse();
        assertThat(issue.isScheduled()).isFalse();
        assertThat(issue.getScheduleCancelledReason()).startsWith("The release scheduled for ")
                .contains("did not go out", "could not be formatted in time");
        assertThat(editions()).isZero();
    }

    @Test
    void an_import_that_cannot_be_formatted_in_time_is_refused_in_a_sentence_and_stores_nothing() {
        byte[] file = ("## " + Desk.HEADINGS.get(0) + "\n\nA story, as it went out.\n").getBytes(StandardCharsets.UTF_8);
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> backIssues.importIssue(90, "A back issue", LocalDate.of(2020, 9, 4), file, false))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("The issue could not be formatted in time, so no edition was stored: try again when the desk is less busy.");
        assertThat(editions()).isZero();
    }

    private long editions() {
        return desk.jdbc().queryForObject("select count(*) from editions", Long.class);
    }
}
