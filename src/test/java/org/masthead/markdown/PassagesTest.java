package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A passage selected on the rendered page is found in the Markdown, and marked on the page again. */
class PassagesTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String located(String source, String selected, int wordsBefore) {
        return markdown.locate(source, selected, wordsBefore).map(range -> range.of(source)).orElse("(not found)");
    }

    private String marked(String source, long noteId, SourceRange range) {
        return markdown.withMarks(markdown.render(source), source, Map.of(noteId, range)).strip();
    }

    @Test
    void plain_words_are_found_where_they_stand() {
        assertThat(located("The minister spoke on Tuesday.", "spoke on Tuesday", 2)).isEqualTo("spoke on Tuesday");
    }

    @Test
    void markdown_syntax_inside_the_passage_is_taken_along() {
        String source = "Read the [new report](https://example.org/report-2020) by **the agency** today.";
        assertThat(located(source, "new report by the agency", 2))
                .isEqualTo("new report](https://example.org/report-2020) by **the agency");
    }

    @Test
    void typographic_quotes_and_dashes_on_the_page_do_not_stop_the_match() {
        String source = "He said \"it's over\" -- and left.";
        assertThat(located(source, "“it’s over” – and left", 2)).isEqualTo("it's over\" -- and left");
    }

    @Test
    void of_two_equal_passages_the_one_nearest_the_selection_is_taken() {
        String source = "The war goes on.\n\nPeace talks failed.\n\nThe war goes on.";
        var range = markdown.locate(source, "The war goes on", 7).orElseThrow();
        assertThat(range.start()).isEqualTo(source.lastIndexOf("The war"));
        assertThat(markdown.locate(source, "The war goes on", 0).orElseThrow().start()).isZero();
    }

    @Test
    void a_selection_starting_and_ending_inside_words_takes_the_whole_words() {
        assertThat(located("The minister spoke on Tuesday.", "nister spoke on Tues", 1)).isEqualTo("minister spoke on Tuesday");
        assertThat(located("The minister spoke on Tuesday.", "nist", 1)).isEqualTo("minister");
    }

    @Test
    void words_not_in_the_text_or_no_words_at_all_are_not_found() {
        assertThat(markdown.locate("The minister spoke.", "The president spoke", 0)).isEmpty();
        assertThat(markdown.locate("The minister spoke.", " … ", 0)).isEmpty();
        assertThat(markdown.locate("A link to [here](https://example.org/secret).", "secret", 0)).isEmpty();
    }

    @Test
    void a_passage_over_two_paragraphs_is_found_and_marked_in_both() {
        String source = "First para ends here.\n\nSecond one starts.";
        SourceRange range = markdown.locate(source, "ends here. Second one", 2).orElseThrow();
        String html = marked(source, 7L, range);
        assertThat(html).isEqualTo("<p>First para <mark class=\"passage\" data-note=\"7\">ends here.</mark></p>\n"
                + "<p><mark class=\"passage\" data-note=\"7\">Second one</mark> starts.</p>");
    }

    @Test
    void a_mark_crosses_inline_elements_one_text_node_at_a_time() {
        String source = "Some **bold claim** made here.";
        SourceRange range = markdown.locate(source, "bold claim made", 1).orElseThrow();
        assertThat(marked(source, 3L, range)).isEqualTo(
                "<p>Some <strong><mark class=\"passage\" data-note=\"3\">bold claim</mark></strong>"
                        + "<mark class=\"passage\" data-note=\"3\"> made</mark> here.</p>");
    }

    @Test
    void the_writers_text_in_a_marked_passage_stays_text() {
        String source = "Beware <script>alert(1)</script> & friends.";
        SourceRange range = markdown.locate(source, "script alert 1 script", 1).orElseThrow();
        String html = markdown.withMarks(markdown.render(source), source, Map.of(1L, range));
        assertThat(html).contains("<mark class=\"passage\" data-note=\"1\">script&gt;alert(1)&lt;/script</mark>")
                .doesNotContain("<script>");
    }

    @Test
    void the_second_of_two_equal_passages_is_the_one_marked() {
        String source = "The war goes on.\n\nThe war goes on.";
        SourceRange second = markdown.locate(source, "The war", 4).orElseThrow();
        assertThat(marked(source, 2L, second))
                .isEqualTo("<p>The war goes on.</p>\n<p><mark class=\"passage\" data-note=\"2\">The war</mark> goes on.</p>");
    }

    @Test
    void the_line_of_a_passage_is_counted_as_the_editor_shows_lines() {
        String source = "# Title\n\nOne.\nTwo three.";
        assertThat(markdown.locate(source, "three", 3).orElseThrow().lineIn(source)).isEqualTo(4);
    }
}
