package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.publishing.Edition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@AutoConfigureMockMvc
class FeedTest extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PublicFixture fixture;

    @Test
    void the_feed_is_atom_with_one_entry_per_released_issue_and_stable_tag_ids() throws Exception {
        Edition first = fixture.released();
        Edition second = fixture.released();

        SyndFeed feed = feed();

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("The Test Watch");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactly(
                "http://localhost:8080/archive/" + second.getIssueNumber(), "http://localhost:8080/archive/" + first.getIssueNumber());
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
                .allMatch(id -> id.matches("tag:localhost,\\d{4}-\\d{2}-\\d{2}:issue-\\d+"));
        assertThat(feed.getEntries().get(0).getContents().get(0).getValue()).contains("<h2>Topics of the Week</h2>");
    }

    @Test
    void a_correction_updates_its_entry_under_the_same_id_instead_of_adding_one() throws Exception {
        Edition first = fixture.released();
        SyndEntry before = feed().getEntries().get(0);

        fixture.corrected(first, "Corrected topics.", "A wrong date.");
        SyndFeed after = feed();

        assertThat(after.getEntries()).hasSize(1);
        SyndEntry entry = after.getEntries().get(0);
        assertThat(entry.getUri()).isEqualTo(before.getUri());
        assertThat(entry.getUpdatedDate()).isAfterOrEqualTo(before.getUpdatedDate());
        assertThat(entry.getPublishedDate()).isEqualTo(before.getPublishedDate());
        assertThat(entry.getTitle()).endsWith("(corrected)");
        assertThat(entry.getContents().get(0).getValue()).contains("A wrong date.", "Corrected topics.");
    }

    @Test
    void the_feed_is_public_stateless_and_answers_a_repeat_request_with_304() throws Exception {
        fixture.released();
        MvcResult result = mvc.perform(get("/feed.atom")).andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'none'");
        mvc.perform(get("/feed.atom").header("If-None-Match", result.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    private SyndFeed feed() throws Exception {
        String xml = mvc.perform(get("/feed.atom")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new SyndFeedInput().build(new StringReader(xml));
    }
}
