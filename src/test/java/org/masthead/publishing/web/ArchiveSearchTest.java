package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.ServiceTest;
import org.masthead.markdown.XssVectors;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Edition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The archive's search as readers use it: words in any form, phrases, ranked hits with snippets, any input. */
@AutoConfigureMockMvc
class ArchiveSearchTest extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PublicFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_word_finds_the_issues_with_any_form_of_it() throws Exception {
        fixture.imported(1, "Budget", text("The budget was released on Monday."));
        fixture.imported(2, "Weather", text("It rained all week."));

        assertThat(hits("releases")).containsExactly("/archive/1");
        assertThat(hits("RELEASING")).containsExactly("/archive/1");
    }

    @Test
    void a_phrase_in_quotes_finds_the_words_together_and_bare_words_find_them_anywhere() throws Exception {
        fixture.imported(1, "Press", text("The prime minister met the press."));
        fixture.imported(2, "Costs", text("The minister said the prime cost of bread rose."));

        assertThat(hits("\"prime minister\"")).containsExactly("/archive/1");
        assertThat(hits("“prime minister”")).containsExactly("/archive/1");
        assertThat(hits("prime minister")).containsExactlyInAnyOrder("/archive/1", "/archive/2");
        assertThat(hits("minister \"cost of bread\"")).containsExactly("/archive/2");
    }

    @Test
    void the_issue_where_the_words_matter_most_comes_first_whatever_its_date() throws Exception {
        fixture.imported(1, "Trade", text("Tariffs, tariffs and more tariffs: the tariff week."));
        fixture.imported(2, "Many things", text("Elections, weather, football, a new bridge, the opera season, "
                + "a strike at the port, a long report on schools and one mention of a tariff."));
        fixture.imported(3, "Nothing", text("Nothing about trade at all."));

        assertThat(hits("tariffs")).containsExactly("/archive/1", "/archive/2");
    }

    @Test
    void a_word_in_the_title_weighs_more_than_the_same_word_in_the_text() throws Exception {
        fixture.imported(1, "Harbour news", text("A ferry left the harbour late."));
        fixture.imported(2, "Other news", text("A ferry left the harbour early."));

        assertThat(hits("harbour")).containsExactly("/archive/1", "/archive/2");
    }

    @Test
    void the_page_counts_the_matching_issues_in_its_sentence() throws Exception {
        fixture.imported(1, "One", text("Inflation fell."));
        fixture.imported(2, "Two", text("Inflation rose."));
        fixture.imported(3, "Three", text("Nothing moved."));

        assertThat(page("/archive?q=inflation").select("p.meta").first().text()).isEqualTo("2 issues contain “inflation”. Every issue");
        assertThat(page("/archive?q=fell").select("p.meta").first().text()).isEqualTo("One issue contains “fell”. Every issue");
        assertThat(page("/archive?q=deflation").select("p.meta").first().text()).isEqualTo("No issue contains “deflation”. Every issue");
    }

    @Test
    void the_hits_are_paged_and_the_pager_keeps_the_query() throws Exception {
        IntStream.rangeClosed(1, Archive.PAGE_SIZE + 1)
                .forEach(n -> fixture.imported(n, "Issue " + n, text("Line " + n + " of the ledger.")));

        Document first = page("/archive?q=ledger");
        Document second = page("/archive?q=ledger&page=2");

        assertThat(first.select("p.meta").first().text()).startsWith((Archive.PAGE_SIZE + 1) + " issues contain “ledger”.");
        assertThat(first.select("ol.archive > li")).hasSize(Archive.PAGE_SIZE);
        // Equally relevant issues stand newest first, as in the archive.
        assertThat(first.select("ol.archive a").first().attr("href")).isEqualTo("/archive/" + (Archive.PAGE_SIZE + 1));
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/archive?q=ledger&page=2");
        assertThat(second.select("ol.archive a").eachAttr("href")).containsExactly("/archive/1");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/archive?q=ledger&page=1");
        mvc.perform(get("/archive?q=ledger&page=3")).andExpect(status().isNotFound());
        mvc.perform(get("/archive?q=ledger&page=107374182")).andExpect(status().isNotFound());
    }

    @Test
    void each_hit_shows_a_snippet_with_the_matched_words_marked() throws Exception {
        fixture.imported(1, "Budget", text("The budget was released on Monday. The ministers argued until late at night."));

        Element snippet = page("/archive?q=releases%20ministers").selectFirst("ol.archive li p.snippet");

        assertThat(snippet).isNotNull();
        assertThat(snippet.select("mark").eachText()).containsExactly("released", "ministers");
        assertThat(snippet.text()).contains("The budget was released on Monday.");
    }

    @Test
    void a_snippet_reads_as_sentences_without_the_text_editions_heading_rules() throws Exception {
        // Seen in the demo archive: "Platforms under pressure ======== Topics of the Week ------ - Three…"
        fixture.released();

        Element snippet = page("/archive?q=text").selectFirst("ol.archive li p.snippet");

        assertThat(snippet).isNotNull();
        assertThat(snippet.select("mark").eachText()).isNotEmpty();
        assertThat(snippet.text()).doesNotContain("===", "---");
    }

    @Test
    void a_snippet_shows_hostile_text_as_text() throws Exception {
        fixture.imported(1, "<script>alert(1)</script> & co", text("A <script>alert('budget')</script> budget & <b>bold</b> \"plan\"."));

        String html = body("/archive?q=budget");
        Document page = Jsoup.parse(html);
        Element snippet = page.selectFirst("p.snippet");

        assertThat(foreignMarkup(page)).isEmpty();
        assertThat(snippet.children()).allSatisfy(child -> assertThat(child.tagName()).isEqualTo("mark"));
        assertThat(snippet.text()).contains("A <script>alert('budget')</script> budget & <b>bold</b> \"plan\".");
        assertThat(page.select("ol.archive a").text()).isEqualTo("No. 1: <script>alert(1)</script> & co");
    }

    @Test
    void no_vector_of_the_xss_corpus_in_an_edition_leaves_executable_content_on_the_results_page() throws Exception {
        Edition released = fixture.released();
        int number = 1000;
        for (XssVectors.Vector vector : XssVectors.all()) {
            editionByAnotherNode(released, number++, "Zebra. " + vector.markdown() + " Zebra.");
        }

        List<String> leaks = new ArrayList<>();
        for (int page = 1; ; page++) {
            String html = body("/archive?q=zebra&page=" + page);
            foreignMarkup(Jsoup.parse(html)).forEach(found -> leaks.add("q=zebra: " + found));
            if (!Jsoup.parse(html).select("a[rel=next]").hasAttr("href")) {
                break;
            }
        }
        for (XssVectors.Vector vector : XssVectors.all()) {
            String html = body("/archive?q=" + encoded(vector.markdown().substring(0, Math.min(200, vector.markdown().length()))));
            foreignMarkup(Jsoup.parse(html)).forEach(found -> leaks.add(vector.name() + " as the query: " + found));
        }

        assertThat(leaks).isEmpty();
    }

    @Test
    void an_issue_released_after_the_start_is_found_and_a_corrected_one_by_its_corrected_text_only() throws Exception {
        Edition released = fixture.released();
        String address = "/archive/" + released.getIssueNumber();
        assertThat(hits("wendy")).containsExactly(address);

        Edition corrected = fixture.corrected(released, "Fresh numbers on inflation.", "Topics rewritten.");
        assertThat(hits("inflation")).containsExactly(address);

        fixture.corrected(corrected, "Figures on unemployment.", "Topics rewritten again.");
        assertThat(hits("unemployment")).containsExactly(address);
        assertThat(hits("inflation")).isEmpty();
    }

    @Test
    void an_edition_stored_by_another_node_is_found_once_this_node_notices_it() throws Exception {
        Edition imported = fixture.imported(1, "Ice", text("Snow fell on the hills."));
        assertThat(hits("snow")).containsExactly("/archive/1");

        editionByAnotherNode(imported, 1, "The glaciers retreated.");
        editionByAnotherNode(imported, 2, "Another node released this issue about glaciers.");

        assertThat(hits("glacier")).containsExactlyInAnyOrder("/archive/1", "/archive/2");
        assertThat(hits("snow")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"unbalanced budget", "budget\"", "a\"b\"c\"", "\"\"", "*", "budg*", "?", ":", "title:budget",
            "text:", "\\", "budget\\", "AND", "budget OR NOT", "(", ")", "[a TO b]", "{", "~", "budget~2", "^2", "budget^10",
            "+budget -press", "&&", "||", "!", "/", "/regex/", "+-&&||!(){}[]^\"~*?:\\/", "\u0000budget\u0007\u001b",
            "\uD800", "the of and", "a", "ⓑⓤⓓⓖⓔⓣ", "бюджет", "预算", "'; drop table editions; --", "%", "_"})
    void any_query_answers_a_page_that_says_what_was_found(String query) throws Exception {
        fixture.imported(1, "Budget", text("The budget was released on Monday."));

        Document page = page("/archive?q=" + encoded(query));

        assertThat(page.select("p.meta").first().text()).matches("(No issue contains|One issue contains) “.*”\\. Every issue");
    }

    @Test
    void a_query_longer_than_the_box_allows_is_cut_to_it() throws Exception {
        fixture.imported(1, "Budget", text("The budget was released on Monday."));
        String query = "budget " + "x".repeat(300) + " \"unclosed *:\\";

        Document page = page("/archive?q=" + encoded(query));

        assertThat(page.select("p.meta").first().text()).startsWith("No issue contains “budget xxx");
        assertThat(page.select("input#q").attr("value")).hasSize(Archive.QUERY_MAX);
        // Cut where a word ends: 25 times "budget" and two spaces.
        assertThat(hits("budget  ".repeat(40))).containsExactly("/archive/1");
    }

    @Test
    void a_query_of_stop_words_only_finds_nothing() throws Exception {
        fixture.imported(1, "The issue", text("This is the issue of the week and it is about them."));

        assertThat(page("/archive?q=the%20of%20and").select("p.meta").first().text()).startsWith("No issue contains “the of and”.");
        assertThat(hits("\"of the\"")).isEmpty();
        assertThat(hits("the week")).containsExactly("/archive/1");
    }

    /**
     * Markup in the search's own part of the page (the sentence, the hits and their snippets) that the
     * page did not write itself: any element but its own, any attribute but its own, any link out of the archive.
     */
    private static List<String> foreignMarkup(Document page) {
        List<String> found = new ArrayList<>();
        for (Element element : page.select("main > p.meta *, ol.archive *")) {
            if (!List.of("a", "span", "li", "p", "mark").contains(element.normalName())) {
                found.add("element <" + element.normalName() + ">");
            }
            element.attributes().forEach(attribute -> {
                boolean own = attribute.getKey().equals("class") || attribute.getKey().equals("href")
                        && attribute.getValue().matches("/archive(/\\d+)?");
                if (!own) {
                    found.add("attribute " + attribute + " on <" + element.normalName() + ">");
                }
            });
        }
        return found;
    }

    /** A back issue's text: the publication's first heading, then the paragraph, then the footer. */
    private static String text(String paragraph) {
        return "Topics of the Week\n\n" + paragraph + "\n\nFooter.";
    }

    /**
     * A new edition of the issue with this plain text, written straight into the database as another
     * node's release would leave it: this node hears of it only through the database.
     */
    private void editionByAnotherNode(Edition like, int issueNumber, String plainText) {
        Integer editionNo = jdbc.queryForObject("select coalesce(max(edition_no), 0) + 1 from editions where issue_number = ?",
                Integer.class, issueNumber);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("insert into editions (version, issue_id, issue_number, edition_no, title, released_at, markdown, html, "
                        + "content_hash, email_html, plain_text, email_hash, text_hash, markdown_hash, correction_note, "
                        + "first_released_at, stored_at) select 0, issue_id, ?, ?, title, released_at, markdown, html, content_hash, "
                        + "email_html, ?, email_hash, text_hash, markdown_hash, ?, first_released_at, ? from editions where id = ?",
                issueNumber, editionNo, plainText, editionNo > 1 ? "By another node." : null, now, like.getId());
    }

    /** The query as a browser's address bar sends it (MockMvc reads a '+' as a plus, not a space). */
    private static String encoded(String query) {
        return java.net.URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private List<String> hits(String query) throws Exception {
        return Jsoup.parse(body("/archive?q=" + encoded(query)))
                .select("ol.archive > li > a").eachAttr("href");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(body(url));
    }

    private String body(String url) throws Exception {
        // As given: the address is already encoded, as a browser sends it.
        return mvc.perform(get(java.net.URI.create(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
