package org.masthead.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The plain-text edition of a rendered text, written from the sanitised HTML so it carries
 * exactly what the web and email editions carry. Headings are underlined or in capitals, lists
 * keep their markers, quotes their "> ", paragraphs wrap at {@link #WIDTH} columns, and links
 * become numbered references listed at the end ("the report [1]" ... "[1] https://...").
 */
final class PlainTextWriter {

    static final int WIDTH = 72;
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "table", "hr", "div");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /**
     * The spacing HTML collapses. Not the no-break space: a writer puts it where two words must
     * not part ("140 pages", "§ 9"), and the web and email keep it, so the text edition does too.
     */
    private static final Pattern SPACING = Pattern.compile("[ \\t\\n\\r\\f]+");

    /** Address → its reference number, in order of first appearance. */
    private final Map<String, Integer> links = new LinkedHashMap<>();

    PlainTextWriter() {
    }

    static String write(Element body) {
        PlainTextWriter writer = new PlainTextWriter();
        List<String> lines = writer.lines(body);
        lines.addAll(writer.references());
        return String.join("\n", trimBlankEdges(lines)) + (lines.isEmpty() ? "" : "\n");
    }

    /** The body's blocks as lines; its links join this writer's references, numbered on from earlier bodies'. */
    List<String> lines(Element body) {
        return trimBlankEdges(blocks(body, WIDTH));
    }

    /** A blank line, then each link's reference, "[1] https://...", or nothing when there was no link. */
    List<String> references() {
        List<String> lines = new ArrayList<>();
        if (!links.isEmpty()) {
            lines.add("");
            links.forEach((url, number) -> lines.add("[" + number + "] " + url));
        }
        return lines;
    }

    /** A heading written as typed, not read as Markdown: the title over "=", a section heading over "-". */
    static List<String> underlinedHeading(String typed, boolean title) {
        return underlined(SPACING.matcher(typed).replaceAll(" ").strip(), title ? '=' : '-');
    }

    /** The children of a container, as lines: blocks separated by one blank line. */
    private List<String> blocks(Element container, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof Element e && BLOCKS.contains(e.normalName())) {
                flushParagraph(inline, width, out);
                // In a tight list item a nested list follows its line directly.
                boolean tight = container.normalName().equals("li") && (e.normalName().equals("ul") || e.normalName().equals("ol"));
                appendBlock(out, block(e, width), tight);
            } else {
                inline(child, inline);
            }
        }
        flushParagraph(inline, width, out);
        return out;
    }

    private void flushParagraph(StringBuilder inline, int width, List<String> out) {
        if (!inline.toString().isBlank()) {
            appendBlock(out, wrap(inline.toString(), width), false);
        }
        inline.setLength(0);
    }

    private static void appendBlock(List<String> out, List<String> block, boolean tight) {
        if (block.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && !tight) {
            out.add("");
        }
        out.addAll(block);
    }

    private List<String> block(Element e, int width) {
        String tag = e.normalName();
        return switch (tag) {
            case "h1", "h2" -> underlined(inlineText(e), tag.equals("h1") ? '=' : '-');
            case "h3", "h4", "h5", "h6" -> wrap(inlineText(e).toUpperCase(Locale.ROOT), width);
            case "ul", "ol" -> list(e, width);
            case "blockquote" -> prefixed(blocks(e, width - 2), "> ", "> ");
            case "pre" -> prefixed(List.of(e.wholeText().stripTrailing().split("\n", -1)), "    ", "    ");
            case "hr" -> List.of("* * *");
            case "table" -> PlainTextTable.lines(e, this::inlineText);
            case "div" -> e.hasClass("footnotes") ? footnotes(e, width) : blocks(e, width);
            default -> blocks(e, width);
        };
    }

    private List<String> list(Element list, int width) {
        List<String> out = new ArrayList<>();
        int number = list.normalName().equals("ol") ? parseStart(list.attr("start")) : 0;
        for (Element item : list.children()) {
            String marker = number > 0 ? (number++) + ". " : "- ";
            String indent = " ".repeat(marker.length());
            out.addAll(prefixed(blocks(item, width - marker.length()), marker, indent));
        }
        return out;
    }

    private List<String> footnotes(Element footnotes, int width) {
        List<String> out = new ArrayList<>();
        out.add("Notes");
        int number = 1;
        for (Element item : footnotes.select("> ol > li")) {
            item.select("a.footnote-backref").remove();
            String marker = superscript(number++) + " ";
            out.addAll(prefixed(blocks(item, width - marker.length()), marker, " ".repeat(marker.length())));
        }
        return out;
    }

    private String inlineText(Element e) {
        return inlineRun(e).strip();
    }

    /** The inline content of an element with the spaces at its edges, which separate it from the words around it. */
    private String inlineRun(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) {
            inline(child, text);
        }
        return text.toString();
    }

    private void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            // jsoup's own text() would turn no-break spaces into spaces: collapse only what HTML collapses.
            out.append(SPACING.matcher(text.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "br" -> out.append('\n');
                case "img" -> out.append("[Image: ").append(e.attr("alt").isBlank() ? "no description" : e.attr("alt")).append(']');
                case "a" -> link(e, out);
                case "del" -> {
                    // Struck-through text keeps its marks: without them a correction reads as its opposite.
                    out.append("~~");
                    e.childNodes().forEach(child -> inline(child, out));
                    out.append("~~");
                }
                default -> e.childNodes().forEach(child -> inline(child, out));
            }
        }
    }

    private void link(Element a, StringBuilder out) {
        String href = a.attr("href");
        String text = inlineText(a);
        if (a.hasClass("footnote-ref")) {
            out.append(superscript(parseStart(text)));
        } else if (href.isEmpty() || href.startsWith("#")) {
            // An in-page link (a heading's own anchor wraps the words before a link in it) is
            // only words: they keep the space that parts them from what follows.
            out.append(inlineRun(a));
        } else if (text.equals(href) || ("mailto:" + text).equals(href)) {
            out.append(text);
        } else {
            int number = links.computeIfAbsent(href, h -> links.size() + 1);
            out.append(text).append(" [").append(number).append(']');
        }
    }

    /** Words of a paragraph in lines of at most {@code width}; a hard break starts a line, a long word overflows. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String hard : text.strip().split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : hard.strip().split("[ \\t]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > Math.max(width, 20)) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> underlined(String text, char rule) {
        return List.of(text, String.valueOf(rule).repeat(Math.max(3, text.codePointCount(0, text.length()))));
    }

    private static List<String> prefixed(List<String> lines, String first, String rest) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String prefix = i == 0 ? first : rest;
            out.add(lines.get(i).isEmpty() ? prefix.stripTrailing() : prefix + lines.get(i));
        }
        return out;
    }

    private static List<String> trimBlankEdges(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return new ArrayList<>(lines.subList(from, to).stream().map(String::stripTrailing).toList());
    }

    private static int parseStart(String number) {
        try {
            return Math.max(1, Integer.parseInt(number.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String superscript(int number) {
        StringBuilder out = new StringBuilder();
        for (char digit : String.valueOf(number).toCharArray()) {
            out.append(SUPERSCRIPTS.charAt(digit - '0'));
        }
        return out.toString();
    }
}
