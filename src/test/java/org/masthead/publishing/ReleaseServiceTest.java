package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class ReleaseServiceTest extends ServiceTest {

    @Autowired
    ReleaseService releases;
    @Autowired
    Archive archive;

    @Test
    void releasing_a_ready_issue_stores_an_edition_with_every_section_and_the_footer() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = releases.release(issueId);

        Document page = Jsoup.parse(edition.getHtml());
        assertThat(page.select("h2").eachText()).containsExactlyElementsOf(Desk.HEADINGS);
        assertThat(page.select("footer.standing").text()).isEqualTo("Standing footer of the test watch.");
        assertThat(archive.latestEdition(edition.getIssueNumber())).contains(edition);
        assertThat(edition.getContentHash()).isEqualTo(ReleaseService.sha256(edition.getHtml()));
    }

    @Test
    void an_issue_with_a_section_still_in_review_is_not_released() {
        long issueId = desk.newIssue();
        var ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "wendy", SectionState.APPROVED);
        desk.bringTo(ids.get(1), "wendy", SectionState.APPROVED);
        desk.bringTo(ids.get(2), "walter", SectionState.IN_REVIEW);
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> releases.release(issueId))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("2 / 3 approved")
                .hasMessageContaining("Policy & Research News");
        assertThat(archive.released()).isEmpty();
    }

    @Test
    void a_body_with_script_event_handlers_and_javascript_links_renders_to_an_edition_without_them() {
        long issueId = desk.newIssue();
        var ids = desk.sectionIds(issueId);
        ids.forEach(id -> desk.assign(id, "wendy"));
        String hostile = """
                Hello <script>alert('x')</script> reader.

                <img src=x onerror="alert(1)">

                [click me](javascript:alert(document.cookie)) and [ok](https://example.org)

                <a href="javascript:alert(2)" onclick="alert(3)">raw link</a>
                <svg onload=alert(4)></svg>
                """;
        writeAndApprove(ids.get(0), hostile);
        writeAndApprove(ids.get(1), "A joke.");
        writeAndApprove(ids.get(2), "A story.");
        Desk.signIn("paula", Role.PUBLISHER);

        String html = releases.release(issueId).getHtml();

        Document page = Jsoup.parse(html);
        assertThat(page.select("script, svg, img, [onerror], [onclick], [onload]")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href"))
                .noneMatch(href -> href.toLowerCase().contains("javascript:"))
                .contains("https://example.org");
        // No tag in the raw bytes carries a script, an event handler or a javascript: URL.
        assertThat(html.toLowerCase()).doesNotContain("<script")
                .doesNotContainPattern("<[a-z][^>]*\\son[a-z]+\\s*=")
                .doesNotContainPattern("<[a-z][^>]*javascript:");
        // What the writer typed is shown as text, not lost:
        assertThat(page.text()).contains("Hello", "reader.", "click me");
    }

    @Autowired
    org.masthead.section.SectionService sections;
    @Autowired
    org.masthead.section.SectionWorkflow workflow;

    /**
     * The writer submits a harmless draft (submitting refuses a javascript: link); the editor's
     * copy-edit in review brings in the body, so whatever was saved reaches the release.
     */
    private void writeAndApprove(long sectionId, String body) {
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> {
            sections.saveBody(sectionId, "Draft.", desk.section(sectionId).getVersion());
            return workflow.submit(sectionId);
        });
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> {
            sections.saveBody(sectionId, body, desk.section(sectionId).getVersion());
            return workflow.approve(sectionId);
        });
    }
}
