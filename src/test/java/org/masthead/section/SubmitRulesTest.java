package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.masthead.issue.IssueService;
import org.masthead.issue.WordRange;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The submit checks as the server enforces them, and what saving does to what a copy dragged in. */
class SubmitRulesTest extends ServiceTest {

    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;

    private long draftOf(String writer, int slot) {
        long id = desk.sectionIds(desk.newIssue()).get(slot);
        desk.assign(id, writer);
        return id;
    }

    @Test
    void a_text_with_a_link_that_goes_nowhere_cannot_be_submitted_whoever_calls() {
        long id = draftOf("wendy", 0);
        Desk.signIn("wendy", Role.WRITER);
        sections.saveBody(id, "Intro.\n\nSee [the report](javascript:alert(1)).", desk.section(id).getVersion());

        assertThatThrownBy(() -> workflow.submit(id)).isInstanceOf(WorkflowException.class)
                .hasMessageStartingWith("Line 3: the link \"the report\" points to \"javascript:alert(1)\"");
        assertThat(desk.stateOf(id)).isEqualTo(SectionState.DRAFT);
        assertThat(sections.revisionsOf(id)).isEmpty();
    }

    @Test
    void a_text_with_warnings_only_is_submitted() {
        long id = draftOf("wendy", 1);
        Desk.signIn("wendy", Role.WRITER);
        sections.saveBody(id, "A joke far too long for its slot, with a stray *asterisk. " + "Ha. ".repeat(80),
                desk.section(id).getVersion());

        workflow.submit(id);

        assertThat(desk.stateOf(id)).isEqualTo(SectionState.IN_REVIEW);
    }

    @Test
    void saving_drops_control_characters_and_replaces_broken_ones_instead_of_refusing_the_draft() {
        long id = draftOf("wendy", 0);
        Desk.signIn("wendy", Role.WRITER);

        sections.saveBody(id, "Copied\u0000 from\u0008 a PDF\r\nwith a broken \uDC00 character", desk.section(id).getVersion());

        assertThat(desk.section(id).getBody()).isEqualTo("Copied from a PDF\nwith a broken \uFFFD character");
    }

    @Test
    void each_section_copies_the_length_its_template_slot_suggests() {
        long issueId = desk.newIssue();

        assertThat(desk.sectionIds(issueId).stream().map(id -> desk.section(id).getWordRange()))
                .containsExactly(WordRange.ANY, WordRange.between(5, 60), WordRange.ANY);
    }

    @Test
    void the_briefing_template_suggests_a_length_for_every_slot() {
        assertThat(IssueService.BRIEFING_TEMPLATE).allMatch(slot -> slot.words().isSet() && slot.words().min() < slot.words().max());
    }

    @Test
    void the_words_of_each_kept_section_are_counted_as_readers_read_them() {
        long issueId = desk.newIssue();
        long first = desk.sectionIds(issueId).get(0);
        desk.bringTo(first, "wendy", SectionState.DRAFT);
        Desk.signIn("erin", Role.EDITOR);

        assertThat(sections.wordCounts(issueId)).containsEntry(first, 4).hasSize(3);
    }
}
