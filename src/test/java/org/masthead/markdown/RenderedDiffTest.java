package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What changed, shown the way readers see the text: rendered, words marked, link targets as notes. */
class RenderedDiffTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private RenderedDiff diff(String before, String after) {
        return RenderedDiff.between(markdown.render(before), markdown.render(after));
    }

    @Test
    void a_changed_link_shows_its_changed_words_marked_and_its_new_target_as_a_note() {
        RenderedDiff diff = diff(
                "See [the audit report](https://example.org/report) today.",
                "See [the committee page](https://example.org/committee) today.");

        assertThat(diff.hasChanges()).isTrue();
        assertThat(diff.html()).isEqualTo("<p>See <a href=\"https://example.org/committee\" rel=\"noopener noreferrer\">"
                + "the <del class=\"diff-del\">audit</del><ins class=\"diff-ins\">committee</ins> "
                + "<del class=\"diff-del\">report</del><ins class=\"diff-ins\">page</ins></a> today.</p>");
        assertThat(diff.html()).doesNotContain("~~", "[", "](");
        assertThat(diff.linkNotes()).containsExactly(
                "The link “the committee page” now goes to example.org/committee (was example.org/report).");
    }

    @Test
    void the_same_text_has_no_changes_and_nothing_to_show() {
        RenderedDiff diff = diff("Some **text** with [a link](https://example.org/a).",
                "Some **text** with [a link](https://example.org/a).");

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.linkNotes()).isEmpty();
    }

    @Test
    void formatting_and_block_structure_are_kept_and_whole_blocks_are_marked() {
        RenderedDiff diff = diff("# Title\n\nFirst point.\n\n- one\n- two\n",
                "# Title\n\nFirst **bold** point.\n\n- one\n- three\n\nA new paragraph.\n");

        assertThat(diff.html()).isEqualTo("<h1><a href=\"#md-title\">Title</a></h1>"
                + "<p>First <strong><ins class=\"diff-ins\">bold</ins></strong><ins class=\"diff-ins\"> </ins>point.</p>"
                + "<ul><li>one</li><li><del class=\"diff-del\">two</del><ins class=\"diff-ins\">three</ins></li></ul>"
                + "<p><ins class=\"diff-ins\">A new paragraph.</ins></p>");
    }

    @Test
    void a_removed_list_item_stays_a_list_item_struck_through() {
        RenderedDiff diff = diff("- one\n- two\n- three\n", "- one\n- three\n");

        assertThat(diff.html()).isEqualTo(
                "<ul><li>one</li><li><del class=\"diff-del\">two</del></li><li>three</li></ul>");
    }

    @Test
    void writer_html_never_comes_out_as_html() {
        RenderedDiff diff = diff("Hello.", "Hello <script>alert(1)</script> <b onclick=x>there</b>.");

        assertThat(diff.html()).doesNotContain("<script", "<b ", "onclick=x>");
        assertThat(diff.html()).contains("&lt;script&gt;");
    }

    @Test
    void a_new_and_a_removed_link_are_told_in_notes() {
        RenderedDiff diff = diff("Read [this](https://example.org/old) and that.",
                "Read this and [that](https://www.example.org/new/page?x=1).");

        assertThat(diff.linkNotes()).containsExactly(
                "The link on “this” was removed (it went to example.org/old).",
                "“that” now links to www.example.org/new/page?x=1.");
    }
}
