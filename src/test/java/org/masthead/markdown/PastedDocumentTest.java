package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.masthead.base.WorkflowException;

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
    void empty_paragraphs_of_a_google_docs_paste_are_paragraph_breaks_not_text() {
        // As Google Docs puts it on the clipboard: a bold wrapper that is not bold, an empty
        // paragraph between paragraphs, a bare line break between them, one at the very end.
        String markdown = pasted.toMarkdown("<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-8c1e7f2a-7fff-1d2b-9f3c-0a1b2c3d4e5f\">"
                + "<p dir=\"ltr\" style=\"line-height:1.38;margin-top:0pt;margin-bottom:0pt;\"><span style=\"font-size:11pt;font-family:Arial,sans-serif;"
                + "color:#000000;background-color:transparent;font-weight:700;font-style:normal;\">The week in brief</span></p>"
                + "<p dir=\"ltr\" style=\"line-height:1.38;margin-top:0pt;margin-bottom:0pt;\"><span style=\"font-size:11pt;font-family:Arial,sans-serif;"
                + "color:#000000;font-weight:400;\"><br></span></p>"
                + "<p dir=\"ltr\" style=\"line-height:1.38;margin-top:0pt;margin-bottom:0pt;\"><span style=\"font-size:11pt;font-weight:400;\">"
                + "Three networks reposted the same claim.</span></p>"
                + "<br>"
                + "<p dir=\"ltr\" style=\"line-height:1.38;margin-top:0pt;margin-bottom:0pt;\"><span style=\"font-size:11pt;font-weight:400;\">"
                + "The regulator opened an inquiry.</span></p>"
                + "<p dir=\"ltr\"><br></p>"
                + "</b><br class=\"Apple-interchange-newline\">");

        assertThat(markdown).isEqualTo("**The week in brief**\n\nThree networks reposted the same claim.\n\nThe regulator opened an inquiry.");
        assertThat(PatientRenderer.create().render(markdown).html()).doesNotContain("&lt;br");
    }

    @Test
    void a_line_break_inside_a_paragraph_keeps_its_lines_and_never_shows_as_text() {
        String html = PatientRenderer.create().render(pasted.toMarkdown("<p>First line<br>second line</p>")).html();

        assertThat(html).contains("First line", "second line").doesNotContain("&lt;br");
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

        assertThat(PatientRenderer.create().render(markdown).html()).contains("<th>Country</th>", "<td>12</td>");
    }

    @Test
    void markdown_characters_in_pasted_text_are_escaped_so_they_stay_text() {
        assertThat(PatientRenderer.create().render(pasted.toMarkdown("<p>2 * 3 * 4 and [not a link](x)</p>")).html())
                .doesNotContain("<em>", "<a");
    }

    @Test
    void a_paste_beyond_the_limit_is_refused_with_its_size() {
        assertThatThrownBy(() -> pasted.toMarkdown("x".repeat(PastedDocument.PASTE_MAX + 1)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining(String.valueOf(PastedDocument.PASTE_MAX + 1));
    }
}
