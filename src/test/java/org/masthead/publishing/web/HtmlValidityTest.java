package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.masthead.Samples;
import org.masthead.ServiceTest;
import org.masthead.publishing.Edition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every public page, checked by the Nu HTML Checker as served: zero errors. */
@AutoConfigureMockMvc
class HtmlValidityTest extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PublicFixture fixture;

    @Test
    void every_public_page_is_valid_html() throws Exception {
        Edition released = fixture.released();
        fixture.corrected(released, "Corrected *topics*, with [a link](https://example.org/a?b=1&c=2).", "A wrong date & a typo.");
        Edition imported = fixture.imported(50, "The sample", Files.readString(Samples.BRIEFING));
        String corrected = "/archive/" + released.getIssueNumber();
        String back = "/archive/" + imported.getIssueNumber();

        for (String url : new String[] {"/archive", "/archive?q=Putin", "/archive?q=nothing+at+all", "/archive?page=7",
                corrected, corrected + "/email", corrected + "/editions/1", corrected + "/editions/1/email",
                back, back + "/email", "/archive/999999", "/archive?page=abc", "/archive/no/such/page"}) {
            String html = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(HtmlChecker.errors(html)).as("errors in " + url).isEmpty();
        }
    }

    @Test
    void an_empty_archive_is_valid_html_too() throws Exception {
        String html = mvc.perform(get("/archive")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(HtmlChecker.errors(html)).isEmpty();
    }
}
