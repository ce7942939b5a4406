package org.masthead.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees in a Markdown text, each with where it stands in the Markdown: the
 * bridge between a passage selected on a rendered page and the source the writer edits. Only
 * words count (the typographic extension turns quotes and dashes into other characters, so
 * punctuation is left out of every comparison); link addresses, reference definitions and image
 * descriptions are no visible words and are skipped.
 */
final class VisibleText {

    static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One visible word and its place in the Markdown. */
    record Word(String text, int start, int end) {
    }

    private final List<Word> words;

    private VisibleText(List<Word> words) {
        this.words = words;
    }

    static VisibleText none() {
        return new VisibleText(List.of());
    }

    /**
     * Walks the parsed text's leaves in reading order. Two leaves that follow each other with no
     * space between them in the Markdown ("foo**bar**") make one word, as they do on the page;
     * a gap with a space or line break ("end.\n\nNext") keeps them apart.
     */
    static VisibleText of(Document document) {
        StringBuilder visible = new StringBuilder();
        List<Integer> sourceOf = new ArrayList<>();
        int lastEnd = -1;
        for (Node node : document.getDescendants()) {
            if (node.hasChildren() || !shows(node)) {
                continue;
            }
            BasedSequence chars = node.getChars();
            if (chars.isEmpty()) {
                continue;
            }
            if (lastEnd >= 0 && hasSpace(document.getChars(), lastEnd, chars.getStartOffset())) {
                visible.append(' ');
                sourceOf.add(lastEnd);
            }
            for (int i = 0; i < chars.length(); i++) {
                visible.append(chars.charAt(i));
                sourceOf.add(chars.getIndexOffset(i));
            }
            lastEnd = chars.getEndOffset();
        }
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(visible);
        while (matcher.find()) {
            words.add(new Word(matcher.group(), sourceOf.get(matcher.start()), sourceOf.get(matcher.end() - 1) + 1));
        }
        return new VisibleText(words);
    }

    private static boolean shows(Node node) {
        if (node instanceof Reference || node instanceof ThematicBreak || node instanceof SoftLineBreak
                || node instanceof HardLineBreak) {
            return false;
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Image || parent instanceof ImageRef) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSpace(BasedSequence source, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, source.length()); i++) {
            if (Character.isWhitespace(source.charAt(i))) {
                return true;
            }
        }
        return from > to;
    }

    /** The words of a piece of text as a reader compares them: case aside. */
    static List<String> wordsOf(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    int size() {
        return words.size();
    }

    String word(int index) {
        return words.get(index).text().toLowerCase(Locale.ROOT);
    }

    /**
     * Where the selected words stand in the Markdown. When they occur more than once, the
     * occurrence nearest the {@code wordsBefore}-th visible word wins: the page counts the
     * words before the selection, so "the war" in the second paragraph is not taken for the
     * "the war" of the first.
     */
    Optional<SourceRange> find(String selected, int wordsBefore) {
        List<String> wanted = wordsOf(selected);
        int best = nearest(wanted, wordsBefore, this::word, size(), true);
        return best < 0 ? Optional.empty()
                : Optional.of(new SourceRange(words.get(best).start(), words.get(best + wanted.size() - 1).end()));
    }

    private static boolean matches(String word, String wanted, boolean mayBeEnd, boolean mayBeStart) {
        if (mayBeEnd && mayBeStart) {
            return word.contains(wanted);
        }
        return word.equals(wanted) || (mayBeEnd && word.endsWith(wanted)) || (mayBeStart && word.startsWith(wanted));
    }

    /** The first and the after-last index of the visible words lying wholly inside the range; empty when none do. */
    Optional<int[]> wordsIn(SourceRange range) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.start() >= range.start() && word.end() <= range.end()) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        return from < 0 ? Optional.empty() : Optional.of(new int[] {from, to});
    }

    static int nearest(List<String> wanted, int near, java.util.function.IntFunction<String> wordAt, int size) {
        return nearest(wanted, near, wordAt, size, false);
    }

    /**
     * The index where this run of words starts nearest to {@code near}, or -1 when it is nowhere.
     * With {@code partEdges}, the first wanted word may be the end of a word and the last the
     * beginning of one: a selection dragged with the mouse often starts or stops inside a word.
     */
    static int nearest(List<String> wanted, int near, java.util.function.IntFunction<String> wordAt, int size,
                       boolean partEdges) {
        if (wanted.isEmpty()) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i + wanted.size() <= size; i++) {
            boolean same = true;
            for (int j = 0; j < wanted.size() && same; j++) {
                same = matches(wordAt.apply(i + j), wanted.get(j), partEdges && j == 0,
                        partEdges && j == wanted.size() - 1);
            }
            if (same && (best < 0 || Math.abs(i - near) < Math.abs(best - near))) {
                best = i;
            }
        }
        return best;
    }
}
