package org.masthead.section;

import java.util.Optional;
import org.masthead.base.Counting;
import org.masthead.base.WorkflowException;

/**
 * How long a review note may be, whoever writes it: a returned or reopened section's note, the
 * writer's answer, a note on a passage, an outside reader's preview comment. One rule with one
 * sentence, so that the box's limit, the service's check and the refusal never disagree.
 */
public final class NoteLength {

    /** Also the text boxes' maximum length. */
    public static final int MAX = 4000;

    private NoteLength() {
    }

    /** The sentence for a text that is too long ("A comment has at most 4,000 characters; …"), or none. */
    public static Optional<String> problem(String what, String text) {
        if (text == null || text.length() <= MAX) {
            return Optional.empty();
        }
        return Optional.of(what + " has at most " + Counting.thousands(MAX) + " characters; this one has "
                + Counting.thousands(text.length()) + ".");
    }

    /** Refuses a text that is too long, naming it ("A note", "An answer"). */
    public static void check(String what, String text) {
        problem(what, text).ifPresent(sentence -> {
            throw new WorkflowException(sentence);
        });
    }
}
