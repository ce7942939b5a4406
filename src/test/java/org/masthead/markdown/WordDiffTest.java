package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.markdown.WordDiff.Kind.DELETED;
import static org.masthead.markdown.WordDiff.Kind.INSERTED;
import static org.masthead.markdown.WordDiff.Kind.SAME;

import org.junit.jupiter.api.Test;
import org.masthead.markdown.WordDiff.Piece;

class WordDiffTest {

    @Test
    void the_diff_shows_exactly_the_changed_words() {
        assertThat(WordDiff.between("The minister denied it on Monday.", "The minister confirmed it on Tuesday."))
                .containsExactly(
                        new Piece(SAME, "The minister "),
                        new Piece(DELETED, "denied"),
                        new Piece(INSERTED, "confirmed"),
                        new Piece(SAME, " it on "),
                        new Piece(DELETED, "Monday"),
                        new Piece(INSERTED, "Tuesday"),
                        new Piece(SAME, "."));
    }

    @Test
    void a_changed_comma_marks_only_the_comma() {
        assertThat(WordDiff.between("Yes, no", "Yes; no"))
                .containsExactly(new Piece(SAME, "Yes"), new Piece(DELETED, ","), new Piece(INSERTED, ";"),
                        new Piece(SAME, " no"));
    }

    @Test
    void identical_texts_have_no_changes_and_an_empty_text_is_all_new() {
        assertThat(WordDiff.hasChanges(WordDiff.between("Same words.", "Same words."))).isFalse();
        assertThat(WordDiff.between("", "All new")).containsExactly(new Piece(INSERTED, "All new"));
    }

    @Test
    void the_html_is_escaped_and_marks_insertions_and_deletions() {
        String html = WordDiff.toHtml(WordDiff.between("a <b>\nold", "a <b>\nnew"));

        assertThat(html).isEqualTo("a &lt;b&gt;<br><del>old</del><ins>new</ins>");
    }

    @Test
    void a_text_changed_past_the_limit_is_shown_replaced_whole_between_its_common_beginning_and_end() {
        String before = "Kept at the start. " + "old ".repeat(WordDiff.CHANGES_MAX) + "Kept at the end.";
        String after = "Kept at the start. " + "[](".repeat(33_000) + " Kept at the end.";

        assertThat(WordDiff.between(before, after)).containsExactly(
                new Piece(SAME, "Kept at the start. "),
                new Piece(DELETED, "old ".repeat(WordDiff.CHANGES_MAX - 1) + "old"),
                new Piece(INSERTED, "[](".repeat(33_000)),
                new Piece(SAME, " Kept at the end."));
    }

    @Test
    void changes_scattered_through_a_long_text_are_still_found_word_by_word() {
        String paragraph = "The regulator published its first assessment of the transparency reports this week. ";
        String before = "Monday. " + paragraph.repeat(1_500) + "Friday.";
        String after = "Tuesday. " + paragraph.repeat(1_500) + "Saturday.";

        assertThat(WordDiff.between(before, after)).containsExactly(
                new Piece(DELETED, "Monday"), new Piece(INSERTED, "Tuesday"),
                new Piece(SAME, ". " + paragraph.repeat(1_500)),
                new Piece(DELETED, "Friday"), new Piece(INSERTED, "Saturday"),
                new Piece(SAME, "."));
    }
}
