package org.masthead.section.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.markdown.SourceRange;
import org.masthead.section.PassageFollower;
import org.masthead.section.ReviewNote;

/**
 * Which passages the screens mark: those of open notes whose words are still in the text.
 * A resolved note's passage is no longer marked; its note stays in the thread.
 */
public final class PassagesShown {

    private PassagesShown() {
    }

    /** The passages of the open notes, by note id, in the saved body. */
    public static Map<Long, SourceRange> openOf(List<ReviewNote> notes) {
        Map<Long, SourceRange> passages = new LinkedHashMap<>();
        notes.stream().filter(ReviewNote::isOpen)
                .forEach(note -> note.passage().ifPresent(range -> passages.put(note.getId(), range)));
        return passages;
    }

    /**
     * The same passages in a text being typed: followed from the saved body through the word
     * diff, so the marks in the writer's preview stay on their words before the text is saved.
     */
    public static Map<Long, SourceRange> openOf(List<ReviewNote> notes, String saved, String typed) {
        return PassageFollower.followAll(openOf(notes), saved, typed);
    }
}
