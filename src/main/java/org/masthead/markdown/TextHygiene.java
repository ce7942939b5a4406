package org.masthead.markdown;

/**
 * Removes what no reader can see and no database should store: control characters (often
 * carried along by a copy from another program) and broken UTF-16 (a lone half of a surrogate
 * pair, which PostgreSQL refuses and browsers show as garbage). Line breaks become {@code \n}.
 *
 * <p>Used by the renderer on every input and by the section service on every save, so a draft
 * with such characters is cleaned, never refused and never lost.
 */
public final class TextHygiene {

    /** Shown in place of a broken character, as browsers do. */
    public static final char REPLACEMENT = '\uFFFD';

    private TextHygiene() {
    }

    /** What cleaning found, with the first line (1-based) where each kind appears; 0 when absent. */
    public record Report(String text, int controlCharacters, int firstControlLine,
                         int brokenCharacters, int firstBrokenLine) {
    }

    public static String clean(String text) {
        return inspect(text).text();
    }

    public static Report inspect(String text) {
        if (text == null || text.isEmpty()) {
            return new Report("", 0, 0, 0, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int line = 1;
        int controls = 0;
        int firstControl = 0;
        int broken = 0;
        int firstBroken = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                // CRLF and a lone CR are both one line break.
                out.append('\n');
                line++;
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(c);
                if (c == '\n') {
                    line++;
                }
            } else if (isControl(c)) {
                controls++;
                firstControl = firstControl == 0 ? line : firstControl;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
                broken++;
                firstBroken = firstBroken == 0 ? line : firstBroken;
            } else {
                out.append(c);
            }
        }
        return new Report(out.toString(), controls, firstControl, broken, firstBroken);
    }

    /** C0 controls (but tab and line breaks), DEL and the C1 controls: invisible, and meaningless in text. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
