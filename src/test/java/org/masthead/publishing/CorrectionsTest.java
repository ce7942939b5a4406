package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.audit.AuditTrail;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditEvent;
import org.masthead.base.WorkflowException;
import org.masthead.issue.IssueService;
import org.masthead.issue.IssueStatus;
import org.masthead.section.SectionService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CorrectionsTest extends ServiceTest {

    @Autowired
    ReleaseService releases;
    @Autowired
    Corrections corrections;
    @Autowired
    Archive archive;
    @Autowired
    SectionService sections;
    @Autowired
    IssueService issues;
    @Autowired
    AuditTrail audit;

    private long issueId;
    private Edition first;

    private void releaseAnIssue() {
        issueId = desk.readyIssue();
        first = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
    }

    @Test
    void a_correction_is_a_new_edition_with_a_dated_notice_and_links_to_the_earlier_one_which_stays_as_it_was() {
        releaseAnIssue();
        long topics = desk.sectionIds(issueId).get(0);
        Desk.signIn("paula", Role.PUBLISHER);

        Edition second = corrections.publish(issueId, Map.of(topics, "The **corrected** topics."),
                "The topics named the wrong ministry.");

        assertThat(second.getEditionNo()).isEqualTo(2);
        assertThat(second.getFirstReleasedAt()).isEqualTo(archive.editionsOf(first.getIssueNumber()).get(0).getReleasedAt());
        assertThat(archive.latestEdition(first.getIssueNumber())).contains(second);
        Document page = Jsoup.parse(second.getHtml());
        assertThat(page.select("aside.correction").text()).startsWith("Corrected on ")
                .contains("The topics named the wrong ministry.", "edition 1 of");
        assertThat(page.select("aside.correction a").eachAttr("href")).containsExactly(first.editionLink());
        assertThat(page.select("section").first().text()).contains("The corrected topics.");
        assertThat(second.getPlainText()).contains("Corrected on ", "The topics named the wrong ministry.");
        assertThat(Jsoup.parse(second.getEmailHtml()).text()).contains("The topics named the wrong ministry.");
        Edition stillFirst = archive.editionsOf(first.getIssueNumber()).get(0);
        assertThat(stillFirst.getHtml()).isEqualTo(first.getHtml()).doesNotContain("corrected");
        assertThat(stillFirst.getContentHash()).isEqualTo(first.getContentHash());
    }

    @Test
    void the_corrected_section_keeps_its_new_body_as_a_revision_and_the_issue_is_corrected_in_the_audit_trail() {
        releaseAnIssue();
        long topics = desk.sectionIds(issueId).get(0);
        Desk.signIn("paula", Role.PUBLISHER);

        corrections.publish(issueId, Map.of(topics, "Fixed."), "A typo.");

        assertThat(desk.section(topics).getBody()).isEqualTo("Fixed.");
        assertThat(sections.revisionsOf(topics)).last().satisfies(r -> {
            assertThat(r.getBody()).isEqualTo("Fixed.");
            assertThat(r.getReason().name()).isEqualTo("CORRECTION");
        });
        assertThat(sections.progressOf(issueId).status()).isEqualTo(IssueStatus.CORRECTED);
        assertThat(audit.ofIssue(issueId)).extracting(AuditEvent::getAction)
                .contains(AuditAction.SECTION_CORRECTED, AuditAction.ISSUE_CORRECTED);
    }

    @Test
    void a_correction_needs_a_note_and_a_changed_section_and_otherwise_changes_nothing() {
        releaseAnIssue();
        long topics = desk.sectionIds(issueId).get(0);
        String body = desk.section(topics).getBody();
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> corrections.publish(issueId, Map.of(topics, "Fixed."), "  "))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Say what was corrected");
        assertThatThrownBy(() -> corrections.publish(issueId, Map.of(topics, body), "Nothing, really."))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Nothing was changed");
        assertThat(archive.editionsOf(first.getIssueNumber())).hasSize(1);
        assertThat(desk.section(topics).getBody()).isEqualTo(body);
    }

    @Test
    void only_a_publisher_corrects_and_only_a_released_issue() {
        releaseAnIssue();
        long topics = desk.sectionIds(issueId).get(0);
        long unreleased = desk.readyIssue();
        long unreleasedTopics = desk.sectionIds(unreleased).get(0);

        Desk.signIn("erin", Role.EDITOR);
        assertThatThrownBy(() -> corrections.publish(issueId, Map.of(topics, "Fixed."), "A typo."))
                .isInstanceOf(AccessDeniedException.class);
        Desk.signIn("paula", Role.PUBLISHER);
        assertThatThrownBy(() -> corrections.publish(unreleased, Map.of(unreleasedTopics, "Fixed."), "A typo."))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("is not released yet");
        assertThat(archive.editionsOf(first.getIssueNumber())).hasSize(1);
        assertThat(List.of(desk.section(topics).getBody(), desk.section(unreleasedTopics).getBody()))
                .noneMatch("Fixed."::equals);
    }

    @Test
    void a_publisher_changing_a_released_section_without_a_new_edition_is_refused_and_readers_keep_what_they_had() {
        releaseAnIssue();
        long topics = desk.sectionIds(issueId).get(0);
        String body = desk.section(topics).getBody();
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> sections.correctBody(topics, "Quietly rewritten."))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("changes only through a correction");

        assertThat(desk.section(topics).getBody()).isEqualTo(body);
        assertThat(sections.revisionsOf(topics)).extracting(r -> r.getBody()).doesNotContain("Quietly rewritten.");
        assertThat(audit.ofIssue(issueId)).extracting(AuditEvent::getAction).doesNotContain(AuditAction.SECTION_CORRECTED);
        assertThat(archive.editionsOf(first.getIssueNumber())).hasSize(1);
    }

    @Test
    void a_publisher_marking_a_released_issue_corrected_without_a_new_edition_is_refused_and_it_stays_released() {
        releaseAnIssue();
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> issues.markCorrected(issueId, "Nothing went out."))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("changes only through a correction");

        assertThat(issues.require(issueId).isCorrected()).isFalse();
        assertThat(sections.progressOf(issueId).status()).isEqualTo(IssueStatus.RELEASED);
        assertThat(audit.ofIssue(issueId)).extracting(AuditEvent::getAction).doesNotContain(AuditAction.ISSUE_CORRECTED);
    }
}
