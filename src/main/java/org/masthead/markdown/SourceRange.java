package org.masthead.markdown;

/** A stretch of a Markdown text, by character: from {@code start} up to, not including, {@code end}. */
public record SourceRange(int start, int end) {

    public SourceRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A range runs forward from 0: " + start + ".." + end);
        }
    }

    /** The 1-based line of the Markdown the range starts on, as the editor's box counts them. */
    public int lineIn(String text) {
        int line = 1;
        for (int i = 0; i < Math.min(start, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public String of(String text) {
        return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
    }
}
