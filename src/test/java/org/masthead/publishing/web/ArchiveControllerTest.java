package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@AutoConfigureMockMvc
class ArchiveControllerTest extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReleaseService releases;

    private Edition released() {
        long issueId = desk.readyIssue();
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        SecurityContextHolder.clearContext();
        return edition;
    }

    @Test
    void anyone_reads_an_edition_at_its_permalink_without_signing_in_and_without_a_session() throws Exception {
        Edition edition = released();

        MvcResult result = mvc.perform(get("/archive/" + edition.getIssueNumber()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string("ETag", "\"" + edition.getContentHash() + "\""))
                .andExpect(header().exists("Last-Modified"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).isEqualTo(edition.getHtml());
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void a_repeat_request_with_the_etag_gets_304_and_no_body() throws Exception {
        Edition edition = released();

        mvc.perform(get("/archive/" + edition.getIssueNumber()).header("If-None-Match", "\"" + edition.getContentHash() + "\""))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
    }

    @Test
    void public_pages_carry_a_strict_content_security_policy() throws Exception {
        Edition edition = released();

        String csp = mvc.perform(get("/archive/" + edition.getIssueNumber())).andReturn().getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(csp).contains("default-src 'none'").doesNotContain("unsafe-inline").doesNotContain("script-src");
    }

    @Test
    void the_archive_lists_released_issues_newest_first() throws Exception {
        Edition first = released();
        Edition second = released();

        String html = mvc.perform(get("/archive")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("ol.archive a").eachAttr("href"))
                .containsExactly("/archive/" + second.getIssueNumber(), "/archive/" + first.getIssueNumber());
    }

    @Test
    void an_issue_in_production_is_not_in_the_archive() throws Exception {
        long issueId = desk.newIssue();
        int number = Desk.as("erin", Desk.roles(Role.EDITOR), () -> desk.section(desk.sectionIds(issueId).get(0)))
                .getIssue().getNumber();

        mvc.perform(get("/archive/" + number)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("There is no released issue " + number)));
    }

    @Autowired
    PublicFixture fixture;

    @Test
    void the_email_and_the_plain_text_are_served_from_the_edition_with_their_own_hashes() throws Exception {
        Edition edition = released();
        String base = "/archive/" + edition.getIssueNumber();

        mvc.perform(get(base + "/email")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string("ETag", "\"" + edition.getEmailHash() + "\""))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().bytes(edition.getEmailHtml().getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get(base + "/text")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andExpect(header().string("ETag", "\"" + edition.getTextHash() + "\""))
                .andExpect(content().bytes(edition.getPlainText().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_repeat_request_for_any_format_or_edition_gets_304_by_etag_or_by_date() throws Exception {
        Edition edition = released();
        String base = "/archive/" + edition.getIssueNumber();
        String lastModified = mvc.perform(get(base + "/text")).andReturn().getResponse().getHeader("Last-Modified");

        mvc.perform(get(base + "/email").header("If-None-Match", "\"" + edition.getEmailHash() + "\""))
                .andExpect(status().isNotModified());
        mvc.perform(get(base + "/editions/1").header("If-None-Match", "\"" + edition.getContentHash() + "\""))
                .andExpect(status().isNotModified());
        mvc.perform(get(base + "/text").header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
    }

    @Test
    void only_the_email_version_may_use_inline_styles() throws Exception {
        Edition edition = released();
        String base = "/archive/" + edition.getIssueNumber();

        String emailCsp = mvc.perform(get(base + "/email")).andReturn().getResponse().getHeader("Content-Security-Policy");
        String earlierEmailCsp = mvc.perform(get(base + "/editions/1/email")).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        String webCsp = mvc.perform(get(base)).andReturn().getResponse().getHeader("Content-Security-Policy");
        String textCsp = mvc.perform(get(base + "/text")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(emailCsp).isEqualTo(earlierEmailCsp).contains("default-src 'none'", "style-src 'unsafe-inline'")
                .doesNotContain("script-src");
        assertThat(List.of(webCsp, textCsp)).allSatisfy(csp -> assertThat(csp).contains("default-src 'none'")
                .doesNotContain("unsafe-inline"));
    }

    @Test
    void after_a_correction_the_permalink_shows_the_new_edition_and_the_earlier_one_stays_at_its_own_address() throws Exception {
        Edition first = released();
        Edition second = fixture.corrected(first, "Corrected topics.", "The first line named the wrong day.");
        String base = "/archive/" + first.getIssueNumber();

        String now = mvc.perform(get(base)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + second.getContentHash() + "\""))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(now).select("aside.correction").text()).contains("The first line named the wrong day.");
        assertThat(Jsoup.parse(now).select("aside.correction a").eachAttr("href")).containsExactly(base + "/editions/1");
        mvc.perform(get(base + "/editions/1")).andExpect(status().isOk())
                .andExpect(content().bytes(first.htmlBytes()));
        mvc.perform(get(base + "/editions/3")).andExpect(status().isNotFound());
        // The copy a reader cached before the correction is no longer current:
        mvc.perform(get(base).header("If-None-Match", "\"" + first.getContentHash() + "\"")).andExpect(status().isOk());
    }

    @Test
    void the_desk_still_asks_for_a_sign_in() throws Exception {
        mvc.perform(get("/issues")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }
}
