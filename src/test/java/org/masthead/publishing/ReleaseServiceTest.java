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
        assertThat(edition.getContentHash()).isEqualTo(Hashes.sha256(edition.getHtml()));
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

                [click me](https://example.org/click) and [ok](https://example.org)

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

    @Test
    void a_javascript_link_stops_the_release_and_the_checks_name_the_section() {
        long issueId = desk.newIssue();
        var ids = desk.sectionIds(issueId);
        ids.forEach(id -> desk.assign(id, "wendy"));
        writeAndApprove(ids.get(0), "[click me](javascript:alert(document.cookie))");
        writeAndApprove(ids.get(1), "A joke.");
        writeAndApprove(ids.get(2), "A story.");
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> releases.release(issueId)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("\"Topics of the Week\" links to \"javascript:alert(document.cookie)\"");
        assertThat(releases.problemsBeforeRelease(issueId)).containsExactly(
                "\"Topics of the Week\" links to \"javascript:alert(document.cookie)\", which is not a web or mail address.");
        assertThat(archive.released()).isEmpty();
    }

    @Test
    void an_edition_holds_the_web_page_the_email_the_plain_text_and_the_markdown_each_with_its_hash() {
        long issueId = desk.newIssue();
        var ids = desk.sectionIds(issueId);
        ids.forEach(id -> desk.assign(id, "wendy"));
        writeAndApprove(ids.get(0), "- One line, with [a source](https://example.org/source).\n- Another line.");
        writeAndApprove(ids.get(1), "> A joke, quoted.");
        writeAndApprove(ids.get(2), "**A story** in two paragraphs.\n\nThe second one.");
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = releases.release(issueId);

        assertThat(edition.getEditionNo()).isOne();
        assertThat(edition.getMarkdown()).startsWith("# A test issue").contains("## Policy & Research News");
        assertThat(edition.getPlainText()).contains("A test issue\n============", "Topics of the Week\n------------------",
                "- One line, with a source [1].", "> A joke, quoted.", "Standing footer of the test watch.",
                "[1] https://example.org/source", "Read it on the web: http://localhost:8080/archive/" + edition.getIssueNumber());
        assertThat(edition.getContentHash()).isEqualTo(Hashes.sha256(edition.getHtml()));
        assertThat(edition.getEmailHash()).isEqualTo(Hashes.sha256(edition.getEmailHtml()));
        assertThat(edition.getTextHash()).isEqualTo(Hashes.sha256(edition.getPlainText()));
        assertThat(edition.getMarkdownHash()).isEqualTo(Hashes.sha256(edition.getMarkdown()));
    }

    @Test
    void the_email_has_its_styles_inline_no_script_or_style_sheet_and_links_to_the_web_edition() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = releases.release(issueId);

        Document email = Jsoup.parse(edition.getEmailHtml());
        assertThat(email.select("script, style, link, [class]")).isEmpty();
        assertThat(email.select("h1, h2, p, a")).allSatisfy(element -> assertThat(element.attr("style")).isNotBlank());
        assertThat(email.select("a").first().text()).isEqualTo("Read it on the web");
        assertThat(email.select("a").first().attr("href")).isEqualTo("http://localhost:8080/archive/" + edition.getIssueNumber());
        assertThat(email.select("h2").eachText()).containsExactlyElementsOf(Desk.HEADINGS);
        assertThat(edition.getEmailHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(100_000);
    }

    @Test
    void an_edition_refuses_to_be_changed_in_place() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);
        Edition edition = releases.release(issueId);

        assertThat(Edition.class.getMethods()).noneMatch(m -> m.getName().startsWith("set"));
        // Behind the entity's back: change a loaded edition's field and flush it.
        org.assertj.core.api.Assertions.catchThrowable(() -> tx.executeWithoutResult(status -> {
            Edition loaded = entities.find(Edition.class, edition.getId());
            org.springframework.test.util.ReflectionTestUtils.setField(loaded, "title", "Rewritten history");
            entities.flush();
        }));
        assertThat(jdbc.queryForObject("select title from editions where id = ?", String.class, edition.getId()))
                .isEqualTo("A test issue");
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entities;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
