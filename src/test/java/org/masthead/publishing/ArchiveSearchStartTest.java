package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A node's index is built after the start: a search before that says so, and one after finds what is there. */
class ArchiveSearchStartTest extends ServiceTest {

    @Autowired
    EditionRepository editions;
    @Autowired
    ArchiveVersion version;
    @Autowired
    EditionRenderer renderer;
    @Autowired
    PublicSite site;
    @Autowired
    BackIssues backIssues;

    @Test
    void a_search_before_the_index_is_built_says_the_search_is_starting_and_one_after_finds_the_issue() throws Exception {
        org.masthead.Desk.as("paula", org.masthead.Desk.roles(org.masthead.security.Role.PUBLISHER), () -> backIssues.importIssue(1,
                "Budget", java.time.LocalDate.of(2020, 1, 2), "Topics of the Week\n\nThe budget.\n\nFooter.".getBytes(), true));
        ArchiveIndex index = new ArchiveIndex(editions, version);
        try {
            Archive archive = new Archive(editions, renderer, site, version, new ArchiveSearch(index, new ArchiveSettings(Duration.ofSeconds(1), Duration.ZERO)));

            String before = archive.indexPage("budget", 1).orElseThrow();
            index.buildInBackground();
            String after = new Archive(editions, renderer, site, version, new ArchiveSearch(index, new ArchiveSettings(Duration.ofSeconds(1), Duration.ofMinutes(1))))
                    .indexPage("budget", 1).orElseThrow();

            assertThat(Jsoup.parse(before).select("p.meta").first().text())
                    .isEqualTo("The search is starting up: please try again in a moment. Every issue");
            assertThat(Jsoup.parse(before).select("ol.archive")).isEmpty();
            assertThat(Jsoup.parse(after).select("p.meta").first().text()).isEqualTo("One issue contains “budget”. Every issue");
        } finally {
            index.close();
        }
    }
}
