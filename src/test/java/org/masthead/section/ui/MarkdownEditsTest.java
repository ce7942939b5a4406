package org.masthead.section.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.section.ui.MarkdownEdits.Action.BOLD;
import static org.masthead.section.ui.MarkdownEdits.Action.BULLET_LIST;
import static org.masthead.section.ui.MarkdownEdits.Action.HEADING;
import static org.masthead.section.ui.MarkdownEdits.Action.ITALIC;
import static org.masthead.section.ui.MarkdownEdits.Action.LINK;
import static org.masthead.section.ui.MarkdownEdits.Action.QUOTE;

import org.junit.jupiter.api.Test;
import org.masthead.section.ui.MarkdownEdits.Edit;

class MarkdownEditsTest {

    /** The text with the selection marked as [ and ], for readable expectations. */
    private static String marked(Edit edit) {
        return edit.text().substring(0, edit.start()) + "[" + edit.text().substring(edit.start(), edit.end()) + "]"
                + edit.text().substring(edit.end());
    }

    /** An edit from a marked text: "a [b] c" selects "b". */
    private static Edit edit(String marked) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        return new Edit(marked.replaceFirst("\\[", "").replaceFirst("]", ""), start, end);
    }

    private static String apply(MarkdownEdits.Action action, String marked) {
        return marked(MarkdownEdits.apply(action, edit(marked)));
    }

    @Test
    void bold_wraps_the_selection_and_keeps_it_selected() {
        assertThat(apply(BOLD, "A [big] claim")).isEqualTo("A **[big]** claim");
    }

    @Test
    void bold_on_a_cursor_inserts_a_placeholder_that_typing_replaces() {
        assertThat(apply(BOLD, "A [] claim")).isEqualTo("A **[bold text]** claim");
    }

    @Test
    void bold_again_on_bold_text_takes_the_markers_away() {
        assertThat(apply(BOLD, "A **[big]** claim")).isEqualTo("A [big] claim");
        assertThat(apply(BOLD, "A [**big**] claim")).isEqualTo("A [big] claim");
    }

    @Test
    void spaces_at_the_edges_of_the_selection_stay_outside_the_markers() {
        assertThat(apply(BOLD, "A[ big ]claim")).isEqualTo("A **[big]** claim");
    }

    @Test
    void italic_wraps_in_single_stars_and_does_not_mistake_bold_for_italic() {
        assertThat(apply(ITALIC, "An [aside]")).isEqualTo("An *[aside]*");
        assertThat(apply(ITALIC, "An *[aside]*")).isEqualTo("An [aside]");
        assertThat(apply(ITALIC, "A **[big]** claim")).isEqualTo("A ***[big]*** claim");
    }

    @Test
    void a_link_around_text_selects_the_address_to_type() {
        assertThat(apply(LINK, "Read [the report] now")).isEqualTo("Read [the report]([https://]) now");
    }

    @Test
    void a_link_around_an_address_selects_the_text_to_type() {
        assertThat(apply(LINK, "See [https://example.org/a]")).isEqualTo("See [[link text]](https://example.org/a)");
    }

    @Test
    void a_link_on_a_cursor_inserts_both_parts() {
        assertThat(apply(LINK, "See []")).isEqualTo("See [[link text]](https://)");
    }

    @Test
    void a_heading_is_level_three_because_the_section_heading_is_level_two() {
        assertThat(apply(HEADING, "Intro\nThe [West] is tired\nMore")).isEqualTo("Intro\n### The [West] is tired\nMore");
    }

    @Test
    void a_heading_of_another_level_becomes_level_three_and_a_second_press_removes_it() {
        assertThat(apply(HEADING, "# Ti[]tle")).isEqualTo("### Ti[]tle");
        assertThat(apply(HEADING, "### Ti[]tle")).isEqualTo("Ti[]tle");
    }

    @Test
    void a_list_prefixes_every_selected_line_and_skips_blank_ones() {
        assertThat(apply(BULLET_LIST, "[one\ntwo\n\nthree]")).isEqualTo("[- one\n- two\n\n- three]");
    }

    @Test
    void a_list_on_lines_that_are_all_items_already_becomes_plain_lines() {
        assertThat(apply(BULLET_LIST, "[- one\n- two]")).isEqualTo("[one\ntwo]");
    }

    @Test
    void a_quote_prefixes_the_line_of_the_cursor_and_moves_the_cursor_with_it() {
        assertThat(apply(QUOTE, "Said:\nPolls []show support")).isEqualTo("Said:\n> Polls []show support");
    }

    @Test
    void a_selection_ending_at_the_start_of_a_line_does_not_take_that_line() {
        assertThat(apply(QUOTE, "[one\n]two")).isEqualTo("[> one\n]two");
    }

    @Test
    void a_selection_beyond_the_text_is_brought_within_it() {
        Edit edit = MarkdownEdits.apply(BOLD, new Edit("word", 2, 99));
        assertThat(marked(edit)).isEqualTo("wo**[rd]**");
    }

    @Test
    void an_action_on_an_empty_text_inserts_its_placeholder() {
        assertThat(marked(MarkdownEdits.apply(BULLET_LIST, Edit.atEnd("")))).isEqualTo("- []");
        assertThat(marked(MarkdownEdits.apply(ITALIC, Edit.atEnd(null)))).isEqualTo("*[italic text]*");
    }

    @Test
    void a_pasted_block_gets_blank_lines_around_it_in_the_middle_of_a_paragraph() {
        Edit edit = MarkdownEdits.insertBlock(edit("First part[] second part"), "### Pasted\n\nText.");
        assertThat(marked(edit)).isEqualTo("First part\n\n### Pasted\n\nText.[]\n\n second part");
    }

    @Test
    void a_pasted_block_replaces_the_selection_and_needs_no_extra_lines_between_paragraphs() {
        Edit edit = MarkdownEdits.insertBlock(edit("One.\n\n[Old.]\n\nThree."), "New.");
        assertThat(marked(edit)).isEqualTo("One.\n\nNew.[]\n\nThree.");
    }
}
