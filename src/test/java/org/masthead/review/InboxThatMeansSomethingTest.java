package org.masthead.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The top-bar count is what needs me now; writers hear the good news too. */
class InboxThatMeansSomethingTest extends ServiceTest {

    @Autowired
    SectionWorkflow workflow;
    @Autowired
    SectionPlanning planning;
    @Autowired
    ReleaseService releases;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    private List<String> textsTo(String recipient) {
        return jdbc.queryForList("select text from inbox_messages where recipient = ? order by id", String.class, recipient);
    }

    private long countOf(String username, Role... roles) {
        return Desk.as(username, roles, () -> inbox.unreadCount());
    }

    @Test
    void submissions_of_sections_since_approved_leave_erins_count() {
        List<Long> ids = desk.sectionIds(desk.newIssue());
        desk.bringTo(ids.get(0), "wendy", SectionState.APPROVED);
        desk.bringTo(ids.get(1), "walter", SectionState.IN_REVIEW);

        assertThat(countOf("erin", Role.EDITOR)).isOne();
        assertThat(countOf("eddie", Role.EDITOR, Role.WRITER)).as("eddie never opened either; one still waits for review")
                .isOne();
    }

    @Test
    void the_ready_to_release_message_leaves_paulas_count_once_the_issue_is_released() {
        long issueId = desk.readyIssue();
        assertThat(countOf("paula", Role.PUBLISHER)).isOne();

        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));

        assertThat(countOf("paula", Role.PUBLISHER)).isZero();
        Desk.signIn("paula", Role.PUBLISHER);
        assertThat(inbox.mine()).singleElement().satisfies(m -> assertThat(m.isRead()).as("the release read it").isTrue());
    }

    @Test
    void the_ready_to_release_message_leaves_paulas_count_when_a_section_is_reopened_before_release() {
        long issueId = desk.readyIssue();
        assertThat(countOf("paula", Role.PUBLISHER)).isOne();
        long first = desk.sectionIds(issueId).get(0);

        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.reopen(first, "One more figure is due tomorrow."));

        assertThat(countOf("paula", Role.PUBLISHER)).as("the issue is no longer ready: nothing for paula to release")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from inbox_messages where recipient = 'paula'"
                + " and section_id is null and settled_at is not null", Integer.class)).isOne();
    }

    @Test
    void approving_marks_the_approvers_own_message_about_the_section_read() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);

        workflow.approve(id);

        assertThat(inbox.mine()).singleElement().satisfies(m -> assertThat(m.isRead()).isTrue());
        Desk.signIn("eddie", Role.EDITOR, Role.WRITER);
        assertThat(inbox.mine()).singleElement().satisfies(m -> assertThat(m.isRead()).as("eddie did not act").isFalse());
        assertThat(inbox.unreadCount()).as("but it no longer needs him").isZero();
    }

    @Test
    void the_writer_hears_that_her_section_was_approved() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);

        assertThat(workflow.approve(id).toldSentence()).isEqualTo("Wendy Writer has been told.");

        assertThat(textsTo("wendy")).last().asString().startsWith("Erin Editor approved").contains("Topics of the Week");
        assertThat(countOf("wendy", Role.WRITER)).as("good news counts until read").isOne();
    }

    @Test
    void the_writer_hears_that_a_section_was_assigned_to_her_and_the_old_writer_is_let_go() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.assign(id, "walter");
        assertThat(textsTo("walter")).singleElement().asString().contains("assigned you").contains("Topics of the Week");
        assertThat(countOf("walter", Role.WRITER)).isOne();

        desk.assign(id, "wendy");

        assertThat(textsTo("wendy")).singleElement().asString().contains("assigned you");
        assertThat(countOf("walter", Role.WRITER)).as("no longer his").isZero();
        desk.assign(id, "wendy");
        assertThat(textsTo("wendy")).as("assigning her again is no news").hasSize(1);
    }

    @Test
    void the_writer_hears_that_her_deadline_moved() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.assign(id, "wendy");

        Desk.as("erin", Desk.roles(Role.EDITOR), () -> planning.setDeadline(id, LocalDate.of(2026, 12, 2)));

        assertThat(textsTo("wendy")).last().asString().contains("deadline").contains("2 Dec");
    }

    @Test
    void the_writers_hear_that_the_issue_carrying_their_work_was_released() {
        long issueId = desk.readyIssue();

        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));

        assertThat(textsTo("wendy")).last().asString().contains("released");
        assertThat(textsTo("walter")).isEmpty();
    }

    @Test
    void once_the_issue_is_released_the_writers_count_holds_the_release_not_each_approval() {
        long issueId = desk.readyIssue();
        long approvalsBefore = countOf("wendy", Role.WRITER);
        assertThat(approvalsBefore).as("each approval is news until read").isPositive();

        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));

        assertThat(countOf("wendy", Role.WRITER)).as("only the news of the release").isOne();
        assertThat(textsTo("wendy")).last().asString().contains("was released, with your work in it");
    }
}
