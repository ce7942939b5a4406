package org.masthead.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.base.WordDiff.Kind.DELETED;
import static org.masthead.base.WordDiff.Kind.INSERTED;
import static org.masthead.base.WordDiff.Kind.SAME;

import org.junit.jupiter.api.Test;
import org.masthead.base.WordDiff.Piece;

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
}
