package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.PatientRenderer;
import org.masthead.markdown.Rendering;

/** A plain-text back issue becomes Markdown that renders to the characters of the file. */
class BackIssueParserTest {

    private static final List<String> HEADINGS = List.of("Topics of the Week");

    private final MarkdownRenderer renderer = PatientRenderer.create();

    @Test
    void straight_quotes_apostrophes_dashes_and_dots_read_as_typed() {
        String paragraph = "He said \"not yet\" -- it's 'soon'... or --- later. . . maybe.";

        Rendering body = firstSection(paragraph);

        assertThat(Jsoup.parse(body.html()).selectFirst("p").wholeText()).isEqualTo(paragraph);
        assertThat(body.plainText()).isEqualTo(paragraph + "\n");
    }

    @Test
    void lines_that_start_with_a_bullet_a_dash_or_a_number_are_lists_one_item_a_line() {
        Rendering body = firstSection("""
                What changed:
                • The regulator opened an inquiry.
                • Two databases became one.

                The draft would oblige platforms to:
                - publish their criteria;
                - keep ad archives.

                1. Search the image twice.
                2. Compare the shadows.""");

        Document html = Jsoup.parse(body.html());
        assertThat(html.select("p").eachText()).containsExactly("What changed:", "The draft would oblige platforms to:");
        assertThat(html.select("ul").eachText()).containsExactly("The regulator opened an inquiry. Two databases became one.",
                "publish their criteria; keep ad archives.");
        assertThat(html.select("ol > li").eachText()).containsExactly("Search the image twice.", "Compare the shadows.");
        assertThat(body.plainText()).isEqualTo("""
                What changed:

                - The regulator opened an inquiry.
                - Two databases became one.

                The draft would oblige platforms to:

                - publish their criteria;
                - keep ad archives.

                1. Search the image twice.
                2. Compare the shadows.
                """);
    }

    @Test
    void a_list_numbered_from_another_number_keeps_its_numbers() {
        Document html = Jsoup.parse(firstSection("3. Third.\n4. Fourth.").html());

        assertThat(html.selectFirst("ol").attr("start")).isEqualTo("3");
    }

    @Test
    void an_address_stays_a_link_with_every_character_of_it_and_the_full_stop_after_it_stays_text() {
        Rendering body = firstSection("The summary is at https://example.org/a_b?x=1&y=2--z. Read it.");

        Document html = Jsoup.parse(body.html());
        assertThat(html.selectFirst("a").attr("href")).isEqualTo("https://example.org/a_b?x=1&y=2--z");
        assertThat(html.selectFirst("p").wholeText()).isEqualTo("The summary is at https://example.org/a_b?x=1&y=2--z. Read it.");
    }

    @Test
    void markdown_syntax_in_plain_text_stays_text() {
        String paragraph = "2 * 3 = 6, [not a link](x), <b>not bold</b>, #1 and a_b_c & more";

        Rendering body = firstSection(paragraph);

        assertThat(Jsoup.parse(body.html()).selectFirst("p").wholeText()).isEqualTo(paragraph);
    }

    private Rendering firstSection(String text) {
        BackIssueParser.Parsed parsed = BackIssueParser.parse("Topics of the Week\n\n" + text + "\n\nThe footer.", HEADINGS, true);
        return renderer.render(parsed.sections().get(0).body());
    }
}
