package org.masthead.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.section.Handover;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whoever holds the ball is told, and nobody else. */
class TurnNotificationTest extends ServiceTest {

    @Autowired
    SectionWorkflow workflow;
    @Autowired
    SectionService sections;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    private List<String> recipients() {
        return jdbc.queryForList("select recipient from inbox_messages order by recipient", String.class);
    }

    @Test
    void a_submitted_section_is_announced_to_the_editors_only() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.DRAFT);
        jdbc.update("delete from inbox_messages");
        Desk.signIn("wendy", Role.WRITER);

        Handover handover = workflow.submit(id);

        assertThat(recipients()).containsExactly("eddie", "erin");
        assertThat(handover.toldSentence()).isIn(
                "Eddie Editor-Writer and Erin Editor have been told.", "Erin Editor and Eddie Editor-Writer have been told.");
        Desk.signIn("erin", Role.EDITOR);
        assertThat(inbox.mine()).singleElement().satisfies(m -> assertThat(m.link())
                .as("the editor is asked to review: the review screen, not the writer's editor").isEqualTo("review/" + id));
    }

    @Test
    void an_editor_who_wrote_the_section_is_not_asked_to_review_it() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "eddie", SectionState.DRAFT);
        jdbc.update("delete from inbox_messages");
        Desk.signIn("eddie", Role.WRITER, Role.EDITOR);

        workflow.submit(id);

        assertThat(recipients()).containsExactly("erin");
    }

    @Test
    void a_returned_section_is_announced_to_its_writer_only_with_the_note() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        jdbc.update("delete from inbox_messages");
        Desk.signIn("erin", Role.EDITOR);

        Handover handover = workflow.returnToWriter(id, "Shorter, please.");

        assertThat(recipients()).containsExactly("wendy");
        assertThat(handover.toldSentence()).isEqualTo("Wendy Writer has been told.");
        Desk.signIn("wendy", Role.WRITER);
        assertThat(inbox.mine()).singleElement().satisfies(m -> {
            assertThat(m.getText()).contains("returned").contains("Shorter, please.");
            assertThat(m.link()).isEqualTo("sections/" + id);
        });
        assertThat(inbox.unreadCount()).isOne();
    }

    @Test
    void approving_the_last_section_tells_its_writer_and_the_publishers_that_the_issue_is_ready() {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "wendy", SectionState.APPROVED);
        desk.bringTo(ids.get(1), "wendy", SectionState.APPROVED);
        desk.bringTo(ids.get(2), "walter", SectionState.IN_REVIEW);
        jdbc.update("delete from inbox_messages");
        Desk.signIn("erin", Role.EDITOR);

        Handover handover = workflow.approve(ids.get(2));

        assertThat(recipients()).containsExactly("paula", "walter");
        assertThat(handover.toldSentence()).isEqualTo("Walter Writer and Paula Publisher have been told.");
    }

    @Test
    void approving_a_section_that_leaves_others_open_tells_only_its_writer() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        jdbc.update("delete from inbox_messages");
        Desk.signIn("erin", Role.EDITOR);

        assertThat(workflow.approve(id).toldSentence()).isEqualTo("Wendy Writer has been told.");
        assertThat(recipients()).containsExactly("wendy");
    }

    @Test
    void a_refused_action_tells_nobody() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "eddie", SectionState.IN_REVIEW);
        jdbc.update("delete from inbox_messages");
        Desk.signIn("eddie", Role.EDITOR, Role.WRITER);

        try {
            workflow.returnToWriter(id, "Four eyes say no.");
        } catch (RuntimeException expected) {
            // refused: eddie wrote it
        }

        assertThat(recipients()).isEmpty();
    }

    @Test
    void reading_a_message_clears_it_from_the_unread_count_of_its_recipient_only() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);
        long erins = inbox.mine().get(0).getId();

        inbox.markRead(erins);

        assertThat(inbox.unreadCount()).isZero();
        Desk.signIn("eddie", Role.EDITOR, Role.WRITER);
        assertThat(inbox.unreadCount()).isOne();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inbox.markRead(erins))
                .hasMessage("That message is not yours.");
    }
}
