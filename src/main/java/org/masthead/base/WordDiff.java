package org.masthead.base;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

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

    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private WordDiff() {
    }

    public static List<Piece> between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Kind.SAME, old.subList(position, start));
            add(pieces, Kind.DELETED, delta.getSource().getLines());
            add(pieces, Kind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(pieces, Kind.SAME, old.subList(position, old.size()));
        return pieces;
    }

    /** The pieces as escaped HTML with {@code <ins>} and {@code <del>}, line breaks kept. */
    public static String toHtml(List<Piece> pieces) {
        StringBuilder html = new StringBuilder();
        for (Piece piece : pieces) {
            String text = HtmlUtils.htmlEscape(piece.text()).replace("\n", "<br>");
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
}
