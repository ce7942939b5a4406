package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.publishing.sources.SourceCaptures;
import org.masthead.publishing.sources.SourceFixtures;
import org.masthead.security.Role;
import org.masthead.security.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class SourceControllerTest extends ServiceTest {

    static SourceFixtures sources;

    @Autowired
    MockMvc mvc;
    @Autowired
    ReleaseService releases;
    @Autowired
    SourceCaptures captures;

    @BeforeAll
    static void start() {
        sources = new SourceFixtures();
    }

    @AfterAll
    static void stop() {
        sources.close();
    }

    @Test
    void a_reader_follows_the_archived_copy_from_the_edition_and_reads_who_captured_it_when_and_from_where() throws Exception {
        Edition edition = releasedAndCaptured("[the statement](" + sources.url("/page") + ")");

        String href = Jsoup.parse(mvc.perform(get("/archive/" + edition.getIssueNumber())).andReturn().getResponse()
                .getContentAsString()).select(".archived a").attr("href");
        String html = mvc.perform(get(href)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.PUBLIC_CSP))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select("p.captured").text()).matches("Captured by The Test Watch on \\d{1,2} \\w+ \\d{4} from "
                + java.util.regex.Pattern.quote(sources.url("/page")));
        assertThat(page.select(".capture h1").text()).isEqualTo("What the minister said");
        // Images come only from the capture itself; this one was not captured, so it is not fetched from elsewhere.
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/archive/archive.css");
    }

    @Test
    void nothing_of_a_page_full_of_script_and_event_handlers_reaches_the_archived_copy() throws Exception {
        Edition edition = releasedAndCaptured("[hostile](" + sources.url("/scripted") + ")");

        String html = mvc.perform(get("/archive/" + edition.getIssueNumber() + "/sources/1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select("script, style, form, input, iframe, svg, img, [onload], [onclick]")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(html).doesNotContain("steal()").doesNotContain("tracker.example");
        assertThat(page.select(".capture").text()).contains("Read this.");
    }

    @Test
    void a_page_in_windows_1251_is_read_in_its_own_charset() throws Exception {
        Edition edition = releasedAndCaptured("[in Russian](" + sources.url("/cyrillic") + ")");

        String html = mvc.perform(get("/archive/" + edition.getIssueNumber() + "/sources/1")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(html).select(".capture").text()).contains(SourceFixtures.RUSSIAN);
    }

    @Test
    void a_pdf_is_served_from_the_capture_in_a_sandbox_and_anything_else_only_as_a_download() throws Exception {
        Edition edition = releasedAndCaptured("[the PDF](" + sources.url("/statement.pdf") + ") and [a drawing]("
                + sources.url("/drawing.svg") + ")");
        String n = "/archive/" + edition.getIssueNumber();

        byte[] pdf = mvc.perform(get(n + "/sources/1/raw")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Security-Policy", "sandbox"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdf).isEqualTo(SourceFixtures.PDF);
        mvc.perform(get(n + "/sources/2/raw")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Security-Policy", "sandbox"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        assertThat(mvc.perform(get(n + "/sources/1")).andReturn().getResponse().getContentAsString())
                .contains("href=\"" + n + "/sources/1/raw\"");
    }

    @Test
    void a_source_the_issue_does_not_cite_is_not_in_the_archive() throws Exception {
        Edition edition = releasedAndCaptured("[the statement](" + sources.url("/page") + ")");

        mvc.perform(get("/archive/" + edition.getIssueNumber() + "/sources/9")).andExpect(status().isNotFound());
        mvc.perform(get("/archive/" + edition.getIssueNumber() + "/sources/9/raw")).andExpect(status().isNotFound());
    }

    private Edition releasedAndCaptured(String body) {
        long issueId = desk.readyIssueWithFirstSection(body);
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        SourceFixtures.captureNow(captures, issueId);
        SecurityContextHolder.clearContext();
        return edition;
    }

}
