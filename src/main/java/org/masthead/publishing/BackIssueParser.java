package org.masthead.publishing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.section.SectionService.ImportedSection;

/**
 * Splits a past issue, as readers got it (Markdown, or the plain text of a mail), into sections.
 *
 * <p>In Markdown, "## " lines are section headings and an optional first "# " line is the title.
 * In plain text a paragraph is a heading when it is one of the publication's section headings
 * (spelled with either apostrophe, any case), or when it looks like one: a single short line in
 * title case without closing punctuation. Story titles inside a section are longer than that and
 * stay in their section. Headings the publication does not know are kept, in their order.
 * Plain text is escaped, so every character reads as it was written, quotes and dashes included;
 * its lines that start with a bullet or a number are lists, as the mail's readers saw them.
 */
final class BackIssueParser {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^##?\\s+\\S");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("(?m)^\\s*(-{3,}|\\*{3,}|_{3,})\\s*$");
    /** A line that is a list item: its bullet, or its number and the dot or bracket after it, then the item. */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?![-*_•\\s]+$)([•◦▪‣*-]|(\\d{1,3})([.)]))[ \\t\\u00A0]+(\\S.*)$");
    /**
     * What must be escaped for plain text to render as itself: Markdown's syntax, quotes and
     * apostrophes, the hyphens of "--" and the dots of "..." or ". . .".
     */
    private static final Pattern SYNTAX = Pattern.compile("[\\\\`*_\\[\\]<>#|~&\"']|-(?=-)|(?<=-)-|\\.(?= ?\\.)|(?<=\\. ?)\\.");
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");
    private static final int HEADING_MAX_WORDS = 5;
    private static final String FIRST_SECTION = "Introduction";

    private BackIssueParser() {
    }

    /** The issue as parsed: its title if the text has one, its sections in order, its standing footer. */
    record Parsed(Optional<String> title, List<ImportedSection> sections, String footer) {
    }

    static Parsed parse(String text, List<String> knownHeadings, boolean lastParagraphIsFooter) {
        String clean = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        return MARKDOWN_HEADING.matcher(clean).find()
                ? markdown(clean, lastParagraphIsFooter) : plain(clean, knownHeadings, lastParagraphIsFooter);
    }

    private static Parsed plain(String text, List<String> knownHeadings, boolean lastParagraphIsFooter) {
        List<String> paragraphs = new ArrayList<>(Arrays.stream(BLANK_LINES.split(text))
                .map(p -> p.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse(""))
                .filter(p -> !p.isBlank()).toList());
        String footer = lastParagraphIsFooter && paragraphs.size() > 1 ? paragraphs.remove(paragraphs.size() - 1) : null;
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            Optional<String> heading = heading(paragraph, knownHeadings, i < paragraphs.size() - 1);
            if (heading.isPresent()) {
                parts.add(new Part(heading.get()));
            } else {
                if (parts.isEmpty()) {
                    parts.add(new Part(FIRST_SECTION));
                }
                parts.get(parts.size() - 1).paragraphs.add(markdownOf(paragraph));
            }
        }
        return new Parsed(Optional.empty(), parts.stream().map(Part::toSection).toList(), footer == null ? null : markdownOf(footer));
    }

    private static Parsed markdown(String text, boolean lastParagraphIsFooter) {
        String body = text;
        String footer = null;
        var lastBreak = THEMATIC_BREAK.matcher(text).results().reduce((a, b) -> b);
        if (lastBreak.isPresent()) {
            footer = text.substring(lastBreak.get().end()).strip();
            body = text.substring(0, lastBreak.get().start());
        }
        Optional<String> title = Optional.empty();
        List<Part> parts = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("# ") && title.isEmpty() && parts.isEmpty()) {
                title = Optional.of(line.substring(2).strip());
            } else if (line.startsWith("## ")) {
                parts.add(new Part(line.substring(3).strip()));
            } else {
                if (parts.isEmpty() && line.isBlank()) {
                    continue;
                }
                if (parts.isEmpty()) {
                    parts.add(new Part(FIRST_SECTION));
                }
                parts.get(parts.size() - 1).paragraphs.add(line);
            }
        }
        if ((footer == null || footer.isEmpty()) && lastParagraphIsFooter && !parts.isEmpty()) {
            Part last = parts.get(parts.size() - 1);
            List<String> blocks = new ArrayList<>(List.of(BLANK_LINES.split(String.join("\n", last.paragraphs).strip())));
            if (blocks.size() > 1) {
                footer = blocks.remove(blocks.size() - 1);
                last.paragraphs.clear();
                last.paragraphs.add(String.join("\n\n", blocks));
            }
        }
        List<ImportedSection> sections = parts.stream()
                .map(p -> new ImportedSection(p.heading, String.join("\n", p.paragraphs).strip())).toList();
        return new Parsed(title, sections, footer == null || footer.isEmpty() ? null : footer);
    }

    /** The heading this paragraph stands for, if it is one: the publication's own spelling when it knows it. */
    static Optional<String> heading(String paragraph, List<String> known, boolean hasFollowingText) {
        if (paragraph.contains("\n")) {
            return Optional.empty();
        }
        String key = key(paragraph);
        Optional<String> ours = known.stream().filter(k -> key(k).equals(key)).findFirst();
        if (ours.isPresent()) {
            return ours;
        }
        String[] words = paragraph.strip().split("\\s+");
        boolean looksLikeOne = hasFollowingText && words.length <= HEADING_MAX_WORDS && paragraph.length() <= 60
                && Character.isUpperCase(paragraph.codePointAt(0))
                && !paragraph.matches(".*[.!?:;,…\"”'’)\\]]$")
                && Arrays.stream(words).filter(w -> w.length() >= 4).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
        return looksLikeOne ? Optional.of(paragraph.strip()) : Optional.empty();
    }

    private static String key(String heading) {
        return Normalizer.normalize(heading, Normalizer.Form.NFKC).replaceAll("[’‘`´]", "'")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A paragraph of plain text as Markdown that renders to the same characters. Lines that start
     * with a bullet ("•", "-", "*") or a number ("1.", "2)") are a list, as a reader of the mail saw
     * them: bullets an unordered one, numbers an ordered one from the first item's number. A line
     * after an item that is no item itself continues it (a mail wraps long items).
     */
    static String markdownOf(String paragraph) {
        StringBuilder out = new StringBuilder();
        String previousMarker = null;
        for (String line : paragraph.split("\n")) {
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                String marker = item.group(2) == null ? "- " : item.group(2) + item.group(3) + " ";
                // Another kind of marker starts another list, after a blank line so that it cannot read as the item's text.
                boolean sameList = previousMarker != null && kind(previousMarker) == kind(marker);
                out.append(out.length() == 0 ? "" : sameList ? "\n" : "\n\n").append(marker).append(escape(item.group(4)));
                previousMarker = marker;
            } else if (previousMarker != null) {
                out.append('\n').append(" ".repeat(previousMarker.length())).append(escape(line));
            } else {
                out.append(out.length() == 0 ? "" : "\n").append(escape(line));
            }
        }
        return out.toString();
    }

    /** The kind of list a marker starts: "-", or the "." or ")" after a number. */
    private static char kind(String marker) {
        return marker.charAt(marker.length() - 2);
    }

    /**
     * Plain text as Markdown that renders to the same characters: Markdown's syntax escaped, and
     * what the renderer's typographic pass would change too (straight quotes and apostrophes to
     * curly ones, "--" and "---" to dashes, "..." and ". . ." to an ellipsis), since an import
     * reads as the mail did, whatever the desk's own texts get. A web address becomes an autolink,
     * whose characters Markdown leaves as they are (an escape inside it would show).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        Matcher address = ADDRESS.matcher(text);
        int from = 0;
        while (address.find()) {
            String url = withoutTrailingPunctuation(address.group());
            out.append(escapeText(text.substring(from, address.start()))).append('<').append(url).append('>');
            from = address.start() + url.length();
        }
        return out.append(escapeText(text.substring(from))).toString();
    }

    /** A sentence's punctuation after an address is no part of it; a closing bracket is when the address opened one. */
    private static String withoutTrailingPunctuation(String address) {
        String url = address;
        while (!url.isEmpty()) {
            char last = url.charAt(url.length() - 1);
            boolean unopened = last == ')' && url.chars().filter(c -> c == '(').count() < url.chars().filter(c -> c == ')').count();
            if (".,;:!?'\"]".indexOf(last) < 0 && !unopened) {
                break;
            }
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private static String escapeText(String text) {
        return SYNTAX.matcher(text).replaceAll("\\\\$0")
                // A hyphen that starts a line is alone here (a run's are escaped above): it would start a list.
                .replaceAll("(?m)^([-+=])", "\\\\$1")
                .replaceAll("(?m)^(\\d+)([.)])", "$1\\\\$2");
    }

    private static final class Part {
        private final String heading;
        private final List<String> paragraphs = new ArrayList<>();

        private Part(String heading) {
            this.heading = heading;
        }

        private ImportedSection toSection() {
            return new ImportedSection(heading, String.join("\n\n", paragraphs));
        }
    }
}
