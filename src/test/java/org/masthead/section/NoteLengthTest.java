package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.masthead.base.WorkflowException;

/** One length for every kind of review note, refused in one sentence that names the kind and the length. */
class NoteLengthTest {

    @Test
    void aNoteOfTheMaximumLengthIsAccepted() {
        assertThat(NoteLength.problem("A note", "n".repeat(NoteLength.MAX))).isEmpty();
        NoteLength.check("An answer", "a".repeat(NoteLength.MAX));
    }

    @Test
    void aNoteOneCharacterLongerIsRefusedWithBothLengths() {
        assertThatThrownBy(() -> NoteLength.check("An answer", "a".repeat(NoteLength.MAX + 1)))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("An answer has at most 4,000 characters; this one has 4,001.");
    }

    @Test
    void theCommentFormHearsTheSameSentenceAsTheServiceWouldSay() {
        assertThat(NoteLength.problem("A comment", "c".repeat(5000)))
                .contains("A comment has at most 4,000 characters; this one has 5,000.");
    }
}
