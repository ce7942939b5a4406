package org.masthead.markdown;

/**
 * Something the renderer noticed about a Markdown text while rendering it: a link, an image,
 * formatting left open, a limit that cut the render short. The renderer only reports; the
 * feature that owns the text decides what is an error (see the section's submit checks).
 *
 * @param line   1-based line of the source where it starts, 0 when it concerns the whole text
 * @param detail the address of a link or image, the delimiter left open, or a count
 * @param text   the text of a link, the description of an image; empty otherwise
 */
public record MarkdownFinding(int line, Kind kind, String detail, String text) {

    public enum Kind {
        /** A link, with its address; whether readers get it is {@link LinkRule#isUsableLink}. */
        LINK,
        /** An image, with its address and description (possibly empty). */
        IMAGE,
        /** {@code [text][ref]} where {@code [ref]: address} is defined nowhere. */
        UNDEFINED_REFERENCE,
        /** {@code [^n]} without a {@code [^n]: note} anywhere. */
        UNDEFINED_FOOTNOTE,
        /** Brackets followed by parentheses that did not make a link, e.g. {@code [a] (b)} or an unclosed {@code [a](}. */
        BROKEN_LINK,
        /** Emphasis, strikethrough or code opened and never closed (detail: the delimiter). */
        UNCLOSED_FORMATTING,
        /** Quotes or lists nested deeper than the renderer follows; the rest is shown as text. */
        NESTING_CUT,
        /** A paragraph so long it was rendered in parts, to keep rendering fast (detail: its length). */
        BLOCK_SPLIT,
        /** Text beyond {@link MarkdownRenderer#INPUT_MAX} characters was not rendered (detail: the length). */
        INPUT_TRUNCATED,
        /** Invisible control characters, dropped (detail: how many). */
        CONTROL_CHARACTERS,
        /** Broken characters (lone UTF-16 surrogates), shown as U+FFFD (detail: how many). */
        BROKEN_CHARACTERS,
        /** Formatting took too long or nested too deep even after the limits: shown as plain paragraphs. */
        TOO_COMPLEX
    }

    static MarkdownFinding of(int line, Kind kind, String detail) {
        return new MarkdownFinding(line, kind, detail, "");
    }
}
