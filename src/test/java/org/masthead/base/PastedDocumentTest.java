package org.masthead.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PastedDocumentTest {

    private final PastedDocument pasted = new PastedDocument();

    @Test
    void a_web_page_fragment_becomes_markdown_without_its_scripts_styles_or_unsafe_links() {
        String markdown = pasted.toMarkdown("""
                <style>p { color: red }</style>
                <h2 onclick="alert(1)">Findings</h2>
                <p>The <strong>first</strong> and <em>second</em> point, <a href="https://example.org/r">the report</a>,
                <a href="javascript:alert(1)">a trap</a> and <img src="x" onerror="alert(2)">.</p>
                <script>alert(3)</script>
                <blockquote><p>Quoted.</p></blockquote>
                """);

        assertThat(markdown).isEqualTo("""
                #### Findings

                The **first** and *second* point, [the report](https://example.org/r), a trap and .

                > Quoted.""");
    }

    @Test
    void google_docs_bold_spans_become_bold_and_its_wrapper_that_is_not_bold_goes() {
        String markdown = pasted.toMarkdown("<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">"
                + "<p><span style=\"font-weight:700\">Bold</span> and <span style=\"font-style:italic\">italic</span></p></b>");

        assertThat(markdown).isEqualTo("**Bold** and *italic*");
    }

    @Test
    void word_list_paragraphs_become_a_list_again() {
        String markdown = pasted.toMarkdown("""
                <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>First</p>
                <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>Second</p>
                <p class=MsoNormal>After the list.</p>
                """);

        assertThat(markdown).isEqualTo("- First\n- Second\n\nAfter the list.");
    }

    @Test
    void a_table_stays_a_table() {
        String markdown = pasted.toMarkdown("<table><tr><th>Country</th><th>Votes</th></tr><tr><td>Estonia</td><td>12</td></tr></table>");

        assertThat(new MarkdownRenderer().render(markdown).html()).contains("<th>Country</th>", "<td>12</td>");
    }

    @Test
    void markdown_characters_in_pasted_text_are_escaped_so_they_stay_text() {
        assertThat(new MarkdownRenderer().render(pasted.toMarkdown("<p>2 * 3 * 4 and [not a link](x)</p>")).html())
                .doesNotContain("<em>", "<a");
    }

    @Test
    void a_paste_beyond_the_limit_is_refused_with_its_size() {
        assertThatThrownBy(() -> pasted.toMarkdown("x".repeat(PastedDocument.PASTE_MAX + 1)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining(String.valueOf(PastedDocument.PASTE_MAX + 1));
    }
}
