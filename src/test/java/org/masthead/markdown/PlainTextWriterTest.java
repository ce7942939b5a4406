package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain-text edition of a rendered text keeps what the web and the email show. */
class PlainTextWriterTest {

    private final MarkdownRenderer renderer = PatientRenderer.create();

    @Test
    void no_break_spaces_stay_no_break_spaces_and_keep_their_words_on_one_line() {
        String text = renderer.toPlainText("The report runs to 140\u00A0pages and cites §\u00A09 of the act.");

        assertThat(text).isEqualTo("The report runs to 140\u00A0pages and cites §\u00A09 of the act.\n");
    }

    @Test
    void a_no_break_space_is_never_where_a_line_wraps() {
        String text = renderer.toPlainText("word ".repeat(13) + "12\u00A0345\u00A0678 euros");

        assertThat(text).isEqualTo("word ".repeat(13).strip() + "\n12\u00A0345\u00A0678 euros\n");
    }

    @Test
    void a_link_in_a_heading_keeps_the_words_and_spaces_around_it() {
        String text = renderer.toPlainText("### Read the [report](https://example.org/r) now\n\nIt is short.");

        assertThat(text).isEqualTo("""
                READ THE REPORT [1] NOW

                It is short.

                [1] https://example.org/r
                """);
    }
}
