package org.masthead.section.ui;

/**
 * The toolbar's and the shortcuts' text manipulation, with no UI in it: given the text, the
 * selection and an action, the new text and the new selection. Inline actions wrap the
 * selection (or a placeholder, selected so typing replaces it) and unwrap it when already
 * wrapped; line actions prefix every line the selection touches, or remove the prefix when
 * every such line already has it.
 */
public final class MarkdownEdits {

    public enum Action {
        BOLD("Bold", "Ctrl+B"),
        ITALIC("Italic", "Ctrl+I"),
        LINK("Link", "Ctrl+K"),
        HEADING("Heading", "Ctrl+Alt+H"),
        BULLET_LIST("Bulleted list", "Ctrl+Shift+8"),
        QUOTE("Quote", "Ctrl+Shift+.");

        private final String label;
        private final String shortcut;

        Action(String label, String shortcut) {
            this.label = label;
            this.shortcut = shortcut;
        }

        public String label() {
            return label;
        }

        public String shortcut() {
            return shortcut;
        }
    }

    /** Text and selection; start == end is a cursor. */
    public record Edit(String text, int start, int end) {

        public Edit {
            text = text == null ? "" : text;
            int from = clamp(Math.min(start, end), text.length());
            int to = clamp(Math.max(start, end), text.length());
            start = from;
            end = to;
        }

        /** The cursor at the end of the text, where an action lands when nobody says otherwise. */
        public static Edit atEnd(String text) {
            int end = text == null ? 0 : text.length();
            return new Edit(text, end, end);
        }

        String selected() {
            return text.substring(start, end);
        }
    }

    /** Section bodies sit under the section's own heading (level 2), so their headings are level 3. */
    static final String HEADING_PREFIX = "### ";
    static final String LINK_PLACEHOLDER = "link text";
    static final String URL_PLACEHOLDER = "https://";

    private MarkdownEdits() {
    }

    public static Edit apply(Action action, Edit edit) {
        return switch (action) {
            case BOLD -> wrap(edit, "**", "bold text");
            case ITALIC -> wrap(edit, "*", "italic text");
            case LINK -> link(edit);
            case HEADING -> prefixLines(edit, HEADING_PREFIX);
            case BULLET_LIST -> prefixLines(edit, "- ");
            case QUOTE -> prefixLines(edit, "> ");
        };
    }

    /**
     * Puts a block of Markdown (a pasted document) in place of the selection, with blank lines
     * around it where needed so it does not run into the paragraph it lands in. The cursor
     * ends after it.
     */
    public static Edit insertBlock(Edit edit, String block) {
        String before = edit.text().substring(0, edit.start());
        String after = edit.text().substring(edit.end());
        String lead = before.isEmpty() || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
        String trail = after.isEmpty() || after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
        String inserted = lead + block.strip() + trail;
        int cursor = before.length() + lead.length() + block.strip().length();
        return new Edit(before + inserted + after, cursor, cursor);
    }

    private static Edit wrap(Edit edit, String marker, String placeholder) {
        String text = edit.text();
        int start = edit.start();
        int end = edit.end();
        // Already wrapped, markers outside the selection: unwrap.
        if (start >= marker.length() && end + marker.length() <= text.length()
                && text.startsWith(marker, start - marker.length()) && text.startsWith(marker, end)
                && !(marker.equals("*") && isBold(text, start - 1, end))) {
            String unwrapped = text.substring(0, start - marker.length()) + edit.selected() + text.substring(end + marker.length());
            return new Edit(unwrapped, start - marker.length(), end - marker.length());
        }
        // Markers inside the selection: unwrap too.
        String selected = edit.selected();
        if (selected.length() >= 2 * marker.length() && selected.startsWith(marker) && selected.endsWith(marker)) {
            String inner = selected.substring(marker.length(), selected.length() - marker.length());
            return new Edit(text.substring(0, start) + inner + text.substring(end), start, start + inner.length());
        }
        // Whitespace at the edges of a selection stays outside: "** bold**" would not be bold.
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        String inner = from == to ? placeholder : text.substring(from, to);
        String wrapped = text.substring(0, from) + marker + inner + marker + text.substring(to);
        return new Edit(wrapped, from + marker.length(), from + marker.length() + inner.length());
    }

    /** "*" next to another "*" is part of a bold marker, not italic. */
    private static boolean isBold(String text, int before, int after) {
        return (before > 0 && text.charAt(before - 1) == '*') || (after + 1 < text.length() && text.charAt(after + 1) == '*');
    }

    private static Edit link(Edit edit) {
        String text = edit.text();
        String selected = edit.selected().strip();
        int start = edit.start();
        if (selected.startsWith("http://") || selected.startsWith("https://")) {
            String link = "[" + LINK_PLACEHOLDER + "](" + selected + ")";
            return new Edit(text.substring(0, start) + link + text.substring(edit.end()), start + 1, start + 1 + LINK_PLACEHOLDER.length());
        }
        String label = selected.isEmpty() ? LINK_PLACEHOLDER : selected;
        String link = "[" + label + "](" + URL_PLACEHOLDER + ")";
        String result = text.substring(0, start) + link + text.substring(edit.end());
        if (selected.isEmpty()) {
            // Nothing chosen yet: the text to type first, then the address.
            return new Edit(result, start + 1, start + 1 + label.length());
        }
        int url = start + label.length() + 3;
        return new Edit(result, url, url + URL_PLACEHOLDER.length());
    }

    private static Edit prefixLines(Edit edit, String prefix) {
        String text = edit.text();
        int first = text.lastIndexOf('\n', edit.start() - 1) + 1;
        int endOfLast = edit.end() > edit.start() && text.charAt(edit.end() - 1) == '\n' ? edit.end() - 1 : edit.end();
        int last = text.indexOf('\n', endOfLast);
        last = last < 0 ? text.length() : last;
        String[] lines = text.substring(first, last).split("\n", -1);
        boolean allPrefixed = false;
        for (String line : lines) {
            if (!line.isBlank()) {
                allPrefixed = line.startsWith(prefix);
                if (!allPrefixed) {
                    break;
                }
            }
        }
        StringBuilder block = new StringBuilder();
        int shiftFirst = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String changed;
            if (line.isBlank() && lines.length > 1) {
                changed = line;
            } else if (allPrefixed) {
                changed = line.substring(prefix.length());
            } else {
                changed = prefix + strip(line, prefix);
            }
            if (i == 0) {
                shiftFirst = changed.length() - line.length();
            }
            block.append(i > 0 ? "\n" : "").append(changed);
        }
        String result = text.substring(0, first) + block + text.substring(last);
        int delta = block.length() - (last - first);
        // A selection from the start of a line keeps covering whole lines; a cursor moves with its text.
        boolean wholeLines = edit.start() == first && edit.start() != edit.end();
        int start = wholeLines ? first : Math.max(first, edit.start() + shiftFirst);
        int end = edit.start() == edit.end() ? start : edit.end() + delta;
        return new Edit(result, start, end);
    }

    /** A heading replaces another heading level, not stacks on it: "## a" becomes "### a". */
    private static String strip(String line, String prefix) {
        return prefix.startsWith("#") ? line.replaceFirst("^#{1,6}\\s+", "") : line;
    }

    private static int clamp(int value, int length) {
        return Math.max(0, Math.min(value, length));
    }
}
