package org.masthead.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.markdown.SourceRange;
import org.masthead.markdown.WordDiff;
import org.masthead.markdown.WordDiff.Piece;

/**
 * Where a passage of a section's Markdown stands after the text changed, through the word diff
 * of the two texts. Text kept before the passage moves it along; text inserted strictly inside
 * it, or put in place of words of it, becomes part of it; text inserted at its edges stays
 * outside. A passage none of whose words are kept is gone: the note then says so.
 */
public final class PassageFollower {

    private PassageFollower() {
    }

    /** The passage in the new text, or empty when none of its words are left. */
    public static Optional<SourceRange> follow(SourceRange passage, String before, String after) {
        return followAll(Map.of(0L, passage), before, after).values().stream().findFirst();
    }

    /**
     * Each passage (by its note's id) in the new text; a passage that is gone is left out. The
     * texts are compared once for all of them: the writer's preview does this as she types.
     */
    public static Map<Long, SourceRange> followAll(Map<Long, SourceRange> passages, String before, String after) {
        if (before.equals(after) || passages.isEmpty()) {
            return passages;
        }
        List<Piece> pieces = WordDiff.between(before, after);
        Map<Long, SourceRange> followed = new LinkedHashMap<>();
        passages.forEach((id, passage) -> follow(passage, pieces, after).ifPresent(moved -> followed.put(id, moved)));
        return followed;
    }

    private static Optional<SourceRange> follow(SourceRange passage, List<Piece> pieces, String after) {
        int oldAt = 0;
        int newAt = 0;
        int from = -1;
        int to = -1;
        boolean wordKept = false;
        // Whether the deletion just before an insertion touched the passage: then the insertion replaces part of it.
        boolean replacingInside = false;
        for (Piece piece : pieces) {
            int length = piece.text().length();
            switch (piece.kind()) {
                case SAME -> {
                    int start = Math.max(oldAt, passage.start());
                    int end = Math.min(oldAt + length, passage.end());
                    if (start < end) {
                        from = from < 0 ? newAt + start - oldAt : from;
                        to = newAt + end - oldAt;
                        wordKept |= hasWord(piece.text().substring(start - oldAt, end - oldAt));
                    }
                    oldAt += length;
                    newAt += length;
                    replacingInside = false;
                }
                case DELETED -> {
                    replacingInside = oldAt < passage.end() && oldAt + length > passage.start();
                    oldAt += length;
                }
                case INSERTED -> {
                    if (replacingInside || (oldAt > passage.start() && oldAt < passage.end())) {
                        from = from < 0 ? newAt : Math.min(from, newAt);
                        to = Math.max(to, newAt + length);
                    }
                    newAt += length;
                    replacingInside = false;
                }
            }
        }
        if (!wordKept) {
            return Optional.empty();
        }
        return Optional.of(trimmed(after, from, to));
    }

    private static SourceRange trimmed(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new SourceRange(from, to);
    }

    private static boolean hasWord(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
