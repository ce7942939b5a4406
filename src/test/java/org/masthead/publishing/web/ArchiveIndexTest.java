package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.publishing.Archive;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class ArchiveIndexTest extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PublicFixture fixture;

    /**
     * Was "takes percent and underscore literally", a property of the LIKE pattern: the search now
     * looks for words, so punctuation alone finds nothing and "100%" is the number 100.
     */
    @Test
    void the_search_finds_issues_by_their_words_and_punctuation_alone_finds_nothing() throws Exception {
        fixture.imported(1, "Growth", "Topics of the Week\n\nGrowth of 100% in one year.\n\nFooter.");
        fixture.imported(2, "Other", "Topics of the Week\n\nNothing grew 1000 times.\n\nFooter.");
        fixture.imported(3, "Snake", "Topics of the Week\n\nA snake_case name.\n\nFooter.");

        assertThat(hits("100%")).containsExactly("/archive/1");
        assertThat(hits("snake_case")).containsExactly("/archive/3");
        assertThat(hits("%")).isEmpty();
        assertThat(hits("_")).isEmpty();
        assertThat(hits("GROWTH")).containsExactly("/archive/1");
        assertThat(hits("grew")).containsExactly("/archive/2");
        assertThat(page("/archive?q=nowhere").select("p.meta").text()).startsWith("No issue contains “nowhere”.");
    }

    @Test
    void a_search_with_control_characters_searches_for_the_visible_text() throws Exception {
        fixture.imported(1, "Growth", "Topics of the Week\n\nGrowth of 100% in one year.\n\nFooter.");

        // %00 in an address: PostgreSQL refuses a NUL byte in a text parameter, and no reader typed it.
        assertThat(hits("grow\u0000th")).containsExactly("/archive/1");
        assertThat(hits("\u0007growth\u001b")).containsExactly("/archive/1");
    }

    @Test
    void the_archive_is_paged_newest_first() throws Exception {
        IntStream.rangeClosed(1, Archive.PAGE_SIZE + 1)
                .forEach(n -> fixture.imported(n, "Issue " + n, "Topics of the Week\n\nLine " + n + ".\n\nFooter."));

        Document first = page("/archive");
        Document second = page("/archive?page=2");

        assertThat(first.select("ol.archive li")).hasSize(Archive.PAGE_SIZE);
        assertThat(first.select("ol.archive a").first().attr("href")).isEqualTo("/archive/" + (Archive.PAGE_SIZE + 1));
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/archive?page=2");
        assertThat(second.select("ol.archive a").eachAttr("href")).containsExactly("/archive/1");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/archive?page=1");
    }

    @Test
    void a_repeat_request_for_the_index_gets_304_until_something_is_released() throws Exception {
        fixture.imported(1, "One", "Topics of the Week\n\nLine.\n\nFooter.");
        String etag = mvc.perform(get("/archive")).andReturn().getResponse().getHeader("ETag");

        mvc.perform(get("/archive").header("If-None-Match", etag)).andExpect(status().isNotModified());
        fixture.imported(2, "Two", "Topics of the Week\n\nLine.\n\nFooter.");
        mvc.perform(get("/archive").header("If-None-Match", etag)).andExpect(status().isOk());
    }

    private java.util.List<String> hits(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/archive").param("q", query)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).select("ol.archive > li > a").eachAttr("href");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
