package org.masthead.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class IssueServiceTest extends ServiceTest {

    @Autowired
    IssueService issues;

    @Test
    void an_issue_cannot_be_marked_released_behind_the_release_services_back_while_sections_are_open() {
        long issueId = desk.newIssue();
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> issues.markReleased(issueId)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("not every kept section is approved");
        assertThat(issues.require(issueId).isReleased()).isFalse();
    }

    @Test
    void new_issues_are_numbered_after_the_last_one_and_get_a_section_per_template_slot() {
        long first = desk.newIssue();
        Desk.signIn("paula", Role.PUBLISHER);

        Issue second = issues.create("  Second issue  ", LocalDateTime.of(2026, 12, 11, 9, 0));

        assertThat(second.getNumber()).isEqualTo(issues.require(first).getNumber() + 1);
        assertThat(second.getTitle()).isEqualTo("Second issue");
        assertThat(desk.sectionIds(second.getId())).hasSize(Desk.HEADINGS.size());
    }

    @Test
    void an_issue_needs_a_title_and_a_planned_release() {
        Desk.signIn("erin", Role.EDITOR);

        assertThatThrownBy(() -> issues.create(" ", LocalDateTime.now())).hasMessage("Give the issue a title.");
        assertThatThrownBy(() -> issues.create("Fine", null)).hasMessage("Set the planned release date and time.");
        assertThatThrownBy(() -> issues.create("x".repeat(Issue.TITLE_MAX + 1), LocalDateTime.now()))
                .hasMessageContaining("at most " + Issue.TITLE_MAX);
        assertThat(issues.all()).isEmpty();
    }

    @Test
    void a_standing_footer_longer_than_an_issue_can_keep_is_refused_in_a_sentence_before_anything_is_stored() {
        desk.emptyEveryTable();
        String footer = "You receive this briefing because you subscribed. ".repeat(81);

        assertThatThrownBy(() -> Desk.as("root", Desk.roles(Role.ADMIN), () -> issues.setUpPublication("The Watch", "Weekly",
                footer, ZoneId.of("UTC"), IssueService.BRIEFING_TEMPLATE)))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("The publication's standing footer has 4,050 characters; it may have at most 4,000.");
        assertThat(issues.publicationExists()).isFalse();
    }
}
