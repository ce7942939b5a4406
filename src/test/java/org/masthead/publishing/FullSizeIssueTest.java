package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.section.Section;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionService;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An issue as large as the desk allows goes out whole, and one larger is refused before release
 * with a sentence, never by the database.
 */
class FullSizeIssueTest extends ServiceTest {

    private static final Role[] WRITER = {Role.WRITER};
    private static final Role[] EDITOR = {Role.EDITOR};
    private static final Role[] PUBLISHER = {Role.PUBLISHER};

    @Autowired
    ReleaseService releases;
    @Autowired
    Schedules schedules;
    @Autowired
    IssueService issues;
    @Autowired
    SectionPlanning planning;
    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;

    @Test
    void five_approved_sections_of_99000_characters_are_released_and_stored_whole_in_every_format() {
        long issueId = issueWithSections(5);
        List<Long> ids = desk.sectionIds(issueId);
        for (int i = 0; i < ids.size(); i++) {
            approve(ids.get(i), FullSizeBodies.body(i + 1, 99_000));
        }
        Desk.signIn("paula", PUBLISHER);
        assertThat(releases.problemsBeforeRelease(issueId)).isEmpty();

        Edition edition = releases.release(issueId);

        Map<String, Object> stored = desk.jdbc().queryForMap(
                "select markdown, html, email_html, plain_text from editions where id = ?", edition.getId());
        String web = Jsoup.parse((String) stored.get("html")).text();
        String email = Jsoup.parse((String) stored.get("email_html")).text();
        String text = ((String) stored.get("plain_text")).replaceAll("\\s+", " ");
        for (int section = 1; section <= 5; section++) {
            String closing = FullSizeBodies.closingParagraph(section);
            assertThat((String) stored.get("markdown")).contains(closing);
            assertThat(web).contains(closing);
            assertThat(email).contains(closing);
            assertThat(text).contains(closing);
        }
        assertThat(web).contains("Standing footer of the test watch.");
        assertThat(email).contains("Standing footer of the test watch.");
        assertThat(text).contains("Standing footer of the test watch.");
    }

    @Test
    void an_issue_over_the_limit_is_refused_before_release_with_a_sentence_and_nothing_goes_out() {
        long issueId = issueWithSections(11);
        List<Long> ids = desk.sectionIds(issueId);
        for (int i = 0; i < ids.size(); i++) {
            write(ids.get(i), FullSizeBodies.body(i + 1, Section.BODY_MAX));
        }
        String sentence = "The sections hold 1,100,000 characters together; an issue holds at most 1,000,000 "
                + "(ten full sections). Shorten or drop some before it goes out.";
        Desk.signIn("paula", PUBLISHER);

        assertThat(releases.problemsBeforeRelease(issueId)).contains(sentence);
        assertThatThrownBy(() -> releases.release(issueId))
                .isInstanceOf(WorkflowException.class).hasMessageContaining(sentence);
        assertThat(desk.jdbc().queryForObject("select count(*) from editions", Long.class)).isZero();
    }

    @Test
    void a_scheduled_issue_grown_over_the_limit_is_not_released_when_its_time_comes_and_the_publisher_is_told_why() {
        long issueId = desk.readyIssue();
        Desk.as("paula", PUBLISHER, () -> schedules.schedule(issueId,
                LocalDateTime.now(ZoneId.of("Europe/Prague")).plusDays(1)));
        for (int i = 1; i <= 10; i++) {
            long added = Desk.as("erin", EDITOR, () -> planning.add(issueId, "Late addition")).getId();
            write(added, FullSizeBodies.body(i, Section.BODY_MAX));
        }
        Desk.signIn("paula", PUBLISHER);

        assertThat(releases.releaseAsScheduled(issueId, "node test")).isEmpty();

        Issue issue = issues.require(issueId);
        assertThat(issue.isReleased()).isFalse();
        assertThat(issue.getScheduleCancelledReason()).contains(
                "characters together; an issue holds at most 1,000,000 (ten full sections).");
        assertThat(desk.jdbc().queryForObject("select count(*) from editions", Long.class)).isZero();
    }

    /** A new issue with the template's three sections and as many more as it takes. */
    private long issueWithSections(int count) {
        long issueId = desk.newIssue();
        List<Long> added = new ArrayList<>();
        for (int i = desk.sectionIds(issueId).size() + 1; i <= count; i++) {
            String heading = "Further news " + i;
            added.add(Desk.as("erin", EDITOR, () -> planning.add(issueId, heading)).getId());
        }
        assertThat(desk.sectionIds(issueId)).hasSize(count);
        return issueId;
    }

    private void write(long sectionId, String body) {
        desk.assign(sectionId, "wendy");
        Desk.as("wendy", WRITER, () -> sections.saveBody(sectionId, body, desk.section(sectionId).getVersion()));
    }

    private void approve(long sectionId, String body) {
        write(sectionId, body);
        Desk.as("wendy", WRITER, () -> workflow.submit(sectionId));
        Desk.as("erin", EDITOR, () -> workflow.approve(sectionId));
    }
}
