package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.publishing.PreviewLink;
import org.masthead.publishing.PreviewLinks;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.ReviewNote;
import org.masthead.section.ReviewNotes;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 15, a reader from outside: a preview link of an issue in production, opened by someone
 * without an account through the whole public filter chain. Valid, expired, revoked and tampered
 * links each get their own answer, none of them a session; a comment becomes a review note.
 */
@AutoConfigureMockMvc
@Import(PreviewLinkTest.StoppedClock.class)
@TestPropertySource(properties = {"masthead.public-url=https://news.example.org", "masthead.test.database=preview_links"})
class PreviewLinkTest extends ServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final String SITE = "https://news.example.org";

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(MONDAY);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    PreviewLinks previewLinks;
    @Autowired
    ReviewNotes notes;
    @Autowired
    AuditTrail audit;
    @Autowired
    ReleaseService releases;

    private long issueId;
    private List<Long> sections;

    @BeforeEach
    void anIssueInProduction() {
        clock.set(MONDAY);
        issueId = desk.newIssue();
        sections = desk.sectionIds(issueId);
        desk.bringTo(sections.get(0), "wendy", SectionState.APPROVED);
        desk.bringTo(sections.get(2), "wendy", SectionState.IN_REVIEW);
    }

    /** The path of a new link, made by erin, as the board hands it out. */
    private String newLink() {
        PreviewLinks.Line line = Desk.as("erin", Desk.roles(Role.EDITOR), () -> previewLinks.create(issueId));
        SecurityContextHolder.clearContext();
        assertThat(line.url()).startsWith(SITE + "/archive/preview/");
        return line.url().substring(SITE.length());
    }

    private MockHttpServletResponse open(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getRequest().getSession(false)).as("a session").isNull();
        return result.getResponse();
    }

    private static void assertNoSessionAndNoCaching(MockHttpServletResponse response) {
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex");
    }

    @Test
    void a_valid_link_shows_the_issue_as_it_stands_marked_not_released_and_kept_out_of_search_engines() throws Exception {
        String link = newLink();

        MockHttpServletResponse response = open(link);

        assertThat(response.getStatus()).isEqualTo(200);
        assertNoSessionAndNoCaching(response);
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("aside.preview-banner").text()).startsWith("Preview — not released.")
                .contains("shared with you by Erin Editor");
        assertThat(page.select("article h1").text()).isEqualTo("A test issue");
        assertThat(page.select("article > section > h2").eachText()).containsExactlyElementsOf(Desk.HEADINGS);
        assertThat(page.select("#section-" + sections.get(0) + " .preview-status")).as("an approved section is not marked").isEmpty();
        assertThat(page.select("#section-" + sections.get(1) + " .preview-status").text())
                .isEqualTo("Not yet approved: still being written.");
        assertThat(page.select("#section-" + sections.get(2) + " .preview-status").text())
                .isEqualTo("Not yet approved: with the editors for review.");
        assertThat(page.select("#section-" + sections.get(0)).text()).contains("Some text for wendy.");
        assertThat(page.select("form.comment select[name=section] option[value]").eachAttr("value"))
                .containsExactly("", sections.get(0).toString(), sections.get(1).toString(), sections.get(2).toString());
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void opening_a_link_is_what_the_board_shows_as_last_opened() throws Exception {
        String link = newLink();
        clock.advance(Duration.ofHours(2));

        open(link);

        Desk.signIn("erin", Role.EDITOR);
        assertThat(previewLinks.of(issueId)).singleElement().satisfies(line -> {
            assertThat(line.lastOpenedAt()).isEqualTo(MONDAY.plus(Duration.ofHours(2)));
            assertThat(line.createdBy()).isEqualTo("Erin Editor");
            assertThat(line.expiresAt()).isEqualTo(MONDAY.plus(Duration.ofDays(7)));
        });
    }

    @Test
    void a_link_opens_for_seven_days_then_answers_410_and_says_whom_to_ask() throws Exception {
        String link = newLink();
        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(open(link).getStatus()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        MockHttpServletResponse response = open(link);

        assertThat(response.getStatus()).isEqualTo(410);
        assertNoSessionAndNoCaching(response);
        assertThat(Jsoup.parse(response.getContentAsString()).select("main").text())
                .contains("This preview link has expired").contains("Ask Erin Editor, who shared it with you, for a new link.")
                .doesNotContain("Some text for wendy");
    }

    @Test
    void a_revoked_link_answers_410_withdrawn() throws Exception {
        String link = newLink();
        long linkId = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> previewLinks.of(issueId).get(0).id());
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> previewLinks.revoke(linkId));
        SecurityContextHolder.clearContext();

        MockHttpServletResponse response = open(link);

        assertThat(response.getStatus()).isEqualTo(410);
        assertNoSessionAndNoCaching(response);
        assertThat(Jsoup.parse(response.getContentAsString()).select("main").text())
                .contains("This preview link was withdrawn").doesNotContain("Some text for wendy");
    }

    @Test
    void a_tampered_link_is_not_found_like_one_never_made() throws Exception {
        String link = newLink();
        String[] parts = link.substring("/archive/preview/".length()).split("\\.");
        String signature = parts[2];
        char changed = signature.charAt(5) == 'A' ? 'B' : 'A';
        List<String> tampered = List.of(
                "/archive/preview/" + parts[0] + "." + parts[1] + "." + signature.substring(0, 5) + changed + signature.substring(6),
                "/archive/preview/" + parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + signature,
                "/archive/preview/" + parts[0].substring(1) + "x." + parts[1] + "." + signature,
                "/archive/preview/" + parts[0] + "." + parts[1],
                "/archive/preview/nothing-at-all");

        for (String address : tampered) {
            MockHttpServletResponse response = open(address);
            assertThat(response.getStatus()).as(address).isEqualTo(404);
            assertNoSessionAndNoCaching(response);
            assertThat(response.getContentAsString()).as(address).contains("Preview not found").doesNotContain("A test issue");
        }
        Desk.signIn("erin", Role.EDITOR);
        assertThat(previewLinks.of(issueId).get(0).lastOpenedAt()).as("a tampered link opens nothing").isNull();
    }

    @Test
    void once_the_issue_is_released_its_link_points_to_the_archive() throws Exception {
        long ready = desk.readyIssue();
        PreviewLinks.Line line = Desk.as("erin", Desk.roles(Role.EDITOR), () -> previewLinks.create(ready));
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(ready));
        SecurityContextHolder.clearContext();

        MockHttpServletResponse response = open(line.url().substring(SITE.length()));

        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(response.getContentAsString()).contains("This issue is out").contains("href=\"/archive/2\"");
    }

    @Test
    void a_comment_arrives_as_an_open_review_note_from_the_reader_audited_and_told_to_writer_and_link_maker() throws Exception {
        String link = newLink();

        MvcResult result = mvc.perform(post(link).param("name", "Lena Lawyer").param("section", sections.get(2).toString())
                .param("comment", "The second paragraph names a person; we need their consent.")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(link + "?sent=1#comment");
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
        Desk.signIn("wendy", Role.WRITER);
        assertThat(notes.of(sections.get(2))).singleElement().satisfies(note -> {
            assertThat(note.getKind()).isEqualTo(ReviewNote.Kind.PREVIEW_COMMENT);
            assertThat(note.getAuthor()).isEqualTo("Lena Lawyer (preview link)");
            assertThat(note.getBody()).isEqualTo("The second paragraph names a person; we need their consent.");
            assertThat(note.isOpen()).isTrue();
        });
        Desk.signIn("erin", Role.EDITOR);
        assertThat(audit.ofIssue(issueId)).filteredOn(e -> e.getAction() == AuditAction.PREVIEW_COMMENT_RECEIVED)
                .singleElement().satisfies(event -> {
                    assertThat(event.getActor()).isEqualTo("Lena Lawyer (preview link)");
                    assertThat(event.getSectionId()).isEqualTo(sections.get(2));
                });
        assertThat(audit.ofIssue(issueId)).extracting(AuditEvent::getAction).contains(AuditAction.PREVIEW_LINK_CREATED);
        assertThat(desk.jdbc().queryForList("select recipient from inbox_messages where text like 'Lena Lawyer (preview link) commented%'",
                String.class)).containsExactlyInAnyOrder("wendy", "erin");
        assertThat(previewLinks.of(issueId).get(0).comments()).isEqualTo(1);
        SecurityContextHolder.clearContext();

        MockHttpServletResponse after = open(link + "?sent=1");
        assertThat(Jsoup.parse(after.getContentAsString()).select(".sent").text()).startsWith("Thank you: your comment reached the desk");
    }

    @Test
    void a_comment_without_a_name_a_section_or_a_text_is_refused_field_by_field_and_kept() throws Exception {
        String link = newLink();

        MockHttpServletResponse response = mvc.perform(post(link).param("name", " ").param("section", "999999")
                .param("comment", "Keep this text.")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertNoSessionAndNoCaching(response);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#comment-name-problem").text()).isEqualTo("Give your name, so the desk knows who wrote.");
        assertThat(page.select("#comment-section-problem").text()).isEqualTo("Choose the section your comment is about.");
        assertThat(page.select("#comment-text-problem")).isEmpty();
        assertThat(page.select("#comment-text").text()).isEqualTo("Keep this text.");

        Document tooLong = Jsoup.parse(mvc.perform(post(link).param("name", "N".repeat(41)).param("section", sections.get(0).toString())
                .param("comment", "")).andReturn().getResponse().getContentAsString());
        assertThat(tooLong.select("#comment-name-problem").text()).isEqualTo("A name has at most 40 characters.");
        assertThat(tooLong.select("#comment-text-problem").text()).isEqualTo("Write your comment before sending it.");
        assertThat(desk.jdbc().queryForObject("select count(*) from review_notes", Integer.class)).isZero();
    }

    @Test
    void a_link_takes_ten_comments_an_hour_then_answers_429_until_the_hour_is_over() throws Exception {
        String link = newLink();
        for (int i = 1; i <= 10; i++) {
            assertThat(comment(link, "Comment " + i).getStatus()).as("comment " + i).isEqualTo(303);
        }

        MockHttpServletResponse eleventh = comment(link, "Comment 11");

        assertThat(eleventh.getStatus()).isEqualTo(429);
        assertThat(eleventh.getHeader("Retry-After")).isEqualTo("3600");
        assertThat(eleventh.getHeader("Set-Cookie")).isNull();
        assertThat(eleventh.getContentAsString()).contains("Too many comments").contains("send it again in an hour");
        assertThat(desk.jdbc().queryForObject("select count(*) from review_notes", Integer.class)).isEqualTo(10);

        clock.advance(Duration.ofHours(1));
        assertThat(comment(link, "Comment 12").getStatus()).isEqualTo(303);
    }

    @Test
    void a_comment_through_a_revoked_link_is_refused_and_leaves_no_note() throws Exception {
        String link = newLink();
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> previewLinks.revoke(previewLinks.of(issueId).get(0).id()));
        SecurityContextHolder.clearContext();

        MockHttpServletResponse response = comment(link, "Too late?");

        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(desk.jdbc().queryForObject("select count(*) from review_notes", Integer.class)).isZero();
    }

    @Test
    void creating_and_revoking_are_audited_and_a_link_is_revoked_once() {
        Desk.signIn("erin", Role.EDITOR);
        PreviewLinks.Line line = previewLinks.create(issueId);
        previewLinks.revoke(line.id());

        assertThat(previewLinks.of(issueId)).singleElement().satisfies(revoked -> {
            assertThat(revoked.status()).isEqualTo(PreviewLink.Status.REVOKED);
            assertThat(revoked.revokedBy()).isEqualTo("Erin Editor");
        });
        assertThatThrownBy(() -> previewLinks.revoke(line.id())).isInstanceOf(WorkflowException.class)
                .hasMessage("This preview link was withdrawn already.");
        assertThat(audit.ofIssue(issueId)).extracting(AuditEvent::getAction)
                .contains(AuditAction.PREVIEW_LINK_CREATED, AuditAction.PREVIEW_LINK_REVOKED);
    }

    @Test
    void every_page_of_a_preview_link_is_valid_html() throws Exception {
        String link = newLink();
        List<String> pages = List.of(
                open(link).getContentAsString(),
                mvc.perform(post(link).param("name", "").param("section", "").param("comment", ""))
                        .andReturn().getResponse().getContentAsString(),
                open("/archive/preview/nothing-at-all").getContentAsString());
        clock.advance(Duration.ofDays(8));
        List<String> all = new java.util.ArrayList<>(pages);
        all.add(open(link).getContentAsString());

        for (String html : all) {
            assertThat(HtmlChecker.errors(html)).as(Jsoup.parse(html).title()).isEmpty();
        }
    }

    private MockHttpServletResponse comment(String link, String text) throws Exception {
        return mvc.perform(post(link).param("name", "Lena Lawyer").param("section", sections.get(0).toString()).param("comment", text))
                .andReturn().getResponse();
    }
}
