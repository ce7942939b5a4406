package org.masthead.markdown;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, word by word, as a person reads it: words are compared whole,
 * and the spaces and punctuation between them are their own tokens, so a changed comma does not
 * mark the whole sentence.
 */
public final class WordDiff {

    public enum Kind { SAME, INSERTED, DELETED }

    /** A run of text that was kept, inserted or deleted. */
    public record Piece(Kind kind, String text) {
    }

    /**
     * Changes (words, spaces and punctuation inserted or deleted) looked for one by one at most:
     * several hundred words of a section rewritten, found in a fraction of a second even on a
     * busy server (10,000 took 2.7 s on the 2-core machine).
     */
    static final int CHANGES_MAX = 2_000;
    /** Words, spaces and punctuation of the changed stretch compared at most, per side. */
    static final int TOKENS_MAX = 60_000;
    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private WordDiff() {
    }

    /**
     * The pieces that turn {@code before} into {@code after}. Myers' algorithm costs time in the
     * square of the number of changes, so a text rewritten from end to end (or a hostile one: a
     * draft of 33,000 "[](" made the review screen hang for minutes) is compared word by word only
     * up to {@link #CHANGES_MAX} changes; past that, what lies between the common beginning and
     * end is shown deleted and inserted whole.
     */
    public static List<Piece> between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < now.size() - prefix
                && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        List<Piece> pieces = new ArrayList<>();
        add(pieces, Kind.SAME, old.subList(0, prefix));
        compare(pieces, old.subList(prefix, old.size() - suffix), now.subList(prefix, now.size() - suffix));
        add(pieces, Kind.SAME, old.subList(old.size() - suffix, old.size()));
        return pieces;
    }

    /** Word by word while the changes stay few enough to find quickly; else replaced whole. */
    private static void compare(List<Piece> pieces, List<String> old, List<String> now) {
        Patch<String> patch;
        try {
            patch = old.size() > TOKENS_MAX || now.size() > TOKENS_MAX ? null : DiffUtils.diff(old, now, new ChangeLimit());
        } catch (TooManyChanges e) {
            patch = null;
        }
        if (patch == null) {
            add(pieces, Kind.DELETED, old);
            add(pieces, Kind.INSERTED, now);
            return;
        }
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Kind.SAME, old.subList(position, start));
            add(pieces, Kind.DELETED, delta.getSource().getLines());
            add(pieces, Kind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(pieces, Kind.SAME, old.subList(position, old.size()));
    }

    /** Stops Myers' search once it has looked for more than {@link #CHANGES_MAX} changes (RenderedDiff's too). */
    static final class ChangeLimit implements DiffAlgorithmListener {

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int changes, int max) {
            if (changes > CHANGES_MAX) {
                throw new TooManyChanges();
            }
        }

        @Override
        public void diffEnd() {
        }
    }

    static final class TooManyChanges extends RuntimeException {

        TooManyChanges() {
            super(null, null, false, false);
        }
    }

    /** The pieces as escaped HTML with {@code <ins>} and {@code <del>}, line breaks kept. */
    public static String toHtml(List<Piece> pieces) {
        StringBuilder html = new StringBuilder();
        for (Piece piece : pieces) {
            String text = escaped(piece.text()).replace("\n", "<br>");
            switch (piece.kind()) {
                case SAME -> html.append(text);
                case INSERTED -> html.append("<ins>").append(text).append("</ins>");
                case DELETED -> html.append("<del>").append(text).append("</del>");
            }
        }
        return html.toString();
    }

    public static boolean hasChanges(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Joins neighbouring tokens of one kind, so "two new words" is one insertion, not five. */
    private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }

    /** Text as HTML: the five characters that could open markup or end an attribute, as references. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
