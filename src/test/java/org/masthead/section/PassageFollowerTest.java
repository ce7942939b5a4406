package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.masthead.markdown.SourceRange;

/** A note on a passage follows its words through the writer's edits, through the word diff. */
class PassageFollowerTest {

    private static final String TEXT = "The minister spoke on Tuesday. She promised new rules for the ports.";

    /** The passage's words in the new text, or "(gone)". */
    private static String follow(String before, String passage, String after) {
        int start = before.indexOf(passage);
        return follow(before, new SourceRange(start, start + passage.length()), after);
    }

    private static String follow(String before, SourceRange range, String after) {
        Optional<SourceRange> moved = PassageFollower.follow(range, before, after);
        return moved.map(r -> r.of(after)).orElse("(gone)");
    }

    @Test
    void an_edit_before_the_passage_moves_it_along() {
        assertThat(follow(TEXT, "promised new rules", "On Monday, the minister spoke at length. She promised new rules for the ports."))
                .isEqualTo("promised new rules");
    }

    @Test
    void an_edit_after_the_passage_leaves_it_as_it_was() {
        assertThat(follow(TEXT, "promised new rules", TEXT.replace("the ports.", "every port and airport.")))
                .isEqualTo("promised new rules");
    }

    @Test
    void words_inserted_inside_the_passage_become_part_of_it() {
        assertThat(follow(TEXT, "promised new rules", TEXT.replace("new rules", "new and stricter rules")))
                .isEqualTo("promised new and stricter rules");
    }

    @Test
    void a_word_replaced_inside_the_passage_is_replaced_in_it_too() {
        assertThat(follow(TEXT, "promised new rules", TEXT.replace("promised", "announced")))
                .isEqualTo("announced new rules");
        assertThat(follow(TEXT, "promised new rules", TEXT.replace("new rules", "new laws")))
                .isEqualTo("promised new laws");
    }

    @Test
    void words_deleted_inside_the_passage_leave_the_rest_of_it() {
        assertThat(follow(TEXT, "promised new rules for the ports", TEXT.replace("new rules for ", "")))
                .isEqualTo("promised the ports");
    }

    @Test
    void words_added_at_its_edges_stay_outside_the_passage() {
        assertThat(follow(TEXT, "new rules", TEXT.replace("promised new rules", "promised very new rules indeed")))
                .isEqualTo("new rules");
    }

    @Test
    void a_passage_whose_words_are_all_deleted_is_gone() {
        assertThat(follow(TEXT, "She promised new rules for the ports.", "The minister spoke on Tuesday."))
                .isEqualTo("(gone)");
    }

    @Test
    void a_passage_rewritten_word_for_word_is_gone_too_the_note_was_about_other_words() {
        assertThat(follow(TEXT, "new rules", TEXT.replace("new rules", "fresh laws"))).isEqualTo("(gone)");
    }

    @Test
    void of_two_equal_passages_the_note_follows_the_one_it_was_made_on() {
        String before = "The war goes on. Talks failed. The war goes on.";
        SourceRange second = new SourceRange(before.lastIndexOf("The war"), before.length() - 1);
        String after = "The war goes on. Talks failed again, and badly. The war goes on.";
        Optional<SourceRange> moved = PassageFollower.follow(second, before, after);
        assertThat(moved).hasValue(new SourceRange(after.lastIndexOf("The war"), after.length() - 1));

        String firstDeleted = "Talks failed. The war goes on.";
        assertThat(PassageFollower.follow(second, before, firstDeleted))
                .hasValue(new SourceRange(firstDeleted.indexOf("The war"), firstDeleted.length() - 1));
    }

    @Test
    void the_same_words_added_before_do_not_pull_the_note_away() {
        String before = "The war goes on.";
        String after = "The war goes on. The war goes on.";
        // Whichever copy the diff calls new, the note stays on words that read as its passage.
        assertThat(follow(before, "The war goes on", after)).isEqualTo("The war goes on");
    }

    @Test
    void markdown_added_around_the_passage_moves_it_without_taking_the_syntax_in() {
        assertThat(follow(TEXT, "new rules", TEXT.replace("new rules", "**new rules**"))).isEqualTo("new rules");
    }

    @Test
    void an_unchanged_text_keeps_the_passage_exactly() {
        SourceRange range = new SourceRange(4, 12);
        assertThat(PassageFollower.follow(range, TEXT, TEXT)).hasValue(range);
    }
}
