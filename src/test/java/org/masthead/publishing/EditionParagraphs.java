package org.masthead.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An edition's outputs read back the way a reader reads them, as one list of paragraphs each:
 * "# " the title, "## " a section heading, "• " or "3. " a list item, "-- " the footer, and
 * every other string a paragraph. Only the spacing of the source is evened out (a run of spaces,
 * tabs or line breaks reads as one space); every other character, a no-break space included,
 * stays what the output holds, so two outputs compare character for character.
 */
final class EditionParagraphs {

    private static final Pattern SPACING = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern TEXT_ITEM = Pattern.compile("^(- |(\\d+)\\. )(.*)$");
    private static final Pattern UNDERLINE = Pattern.compile("^(=+|-+)$");

    private EditionParagraphs() {
    }

    /** The web page, or a feed entry's content: the article's title, sections and standing footer. */
    static List<String> ofWebPage(String html) {
        Element article = Jsoup.parse(html).selectFirst("article");
        // The archive's own "(archived copy)" beside each cited source is not the writer's words.
        article.select("span.archived").remove();
        List<String> out = new ArrayList<>();
        out.add("# " + text(article.selectFirst("h1")));
        for (Element section : article.select("> section")) {
            out.add("## " + text(section.selectFirst("h2")));
            blocks(section, out, "");
        }
        blocks(article.selectFirst("> footer"), out, "-- ");
        return out;
    }

    /** The email: the same article, its sections and footer turned into plain blocks for mail programs. */
    static List<String> ofEmail(String html) {
        Element article = Jsoup.parse(html).selectFirst("h1").parent();
        List<String> out = new ArrayList<>();
        out.add("# " + text(article.selectFirst("h1")));
        for (Element block : article.children()) {
            Element heading = block.selectFirst("> h2");
            if (heading != null) {
                out.add("## " + text(heading));
                blocks(block, out, "");
            } else if (block.normalName().equals("div")) {
                blocks(block, out, "-- ");
            }
        }
        return out;
    }

    /**
     * The text edition: the title over "=", headings over "-", the footer after "* * *"; a list
     * item starts with "- " or a number, its wrapped lines are indented. What comes before the
     * title (the publication, the date) and after the footer (link references, the web address)
     * is no paragraph of the issue.
     */
    static List<String> ofPlainText(String text) {
        String[] blocks = text.replace("\r\n", "\n").split("\n\\s*\n");
        List<String> out = new ArrayList<>();
        boolean started = false;
        boolean footer = false;
        for (String block : blocks) {
            String[] lines = block.split("\n");
            boolean underlined = lines.length == 2 && UNDERLINE.matcher(lines[1]).matches();
            if (underlined && lines[1].startsWith("=")) {
                out.add("# " + lines[0]);
                started = true;
            } else if (!started) {
                continue;
            } else if (lines[0].matches("\\[\\d+] .*|Read it on the web: .*")) {
                break;
            } else if (underlined) {
                out.add("## " + lines[0]);
            } else if (block.strip().equals("* * *")) {
                footer = true;
            } else {
                textBlock(lines, out, footer ? "-- " : "");
            }
        }
        return out;
    }

    /** The stored Markdown, as far as its structure goes: title, section headings, footer after the rule. */
    static List<String> headingsOfMarkdown(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("# ") || line.startsWith("## ")) {
                out.add(line);
            }
        }
        return out;
    }

    /** Each section's heading and its last paragraph, then the footer: what a cut-off output loses first. */
    static List<String> headingsLastParagraphsAndFooter(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            boolean lastOfSection = i + 1 == paragraphs.size() || paragraphs.get(i + 1).startsWith("## ")
                    || paragraphs.get(i + 1).startsWith("-- ");
            if (paragraph.startsWith("#") || paragraph.startsWith("-- ") || lastOfSection) {
                out.add(paragraph);
            }
        }
        return out;
    }

    private static void blocks(Element container, List<String> out, String prefix) {
        for (Element block : container.select("p, li")) {
            if (block.normalName().equals("p") && block.parent() != null && block.parent().normalName().equals("li")) {
                continue;
            }
            out.add(prefix + (block.normalName().equals("li") ? marker(block) : "") + text(block));
        }
    }

    private static String marker(Element item) {
        Element list = item.parent();
        if (list.normalName().equals("ol")) {
            int start = list.hasAttr("start") ? Integer.parseInt(list.attr("start")) : 1;
            return (start + item.elementSiblingIndex()) + ". ";
        }
        return "• ";
    }

    private static void textBlock(String[] lines, List<String> out, String prefix) {
        StringBuilder paragraph = null;
        for (String line : lines) {
            Matcher item = TEXT_ITEM.matcher(line);
            if (item.matches()) {
                if (paragraph != null) {
                    out.add(prefix + even(paragraph.toString()));
                }
                paragraph = new StringBuilder(item.group(2) == null ? "• " : item.group(2) + ". ").append(item.group(3));
            } else if (paragraph == null) {
                paragraph = new StringBuilder(line);
            } else {
                paragraph.append(' ').append(line);
            }
        }
        if (paragraph != null) {
            out.add(prefix + even(paragraph.toString()));
        }
    }

    private static String text(Element element) {
        return even(element.wholeText());
    }

    static String even(String text) {
        return SPACING.matcher(text).replaceAll(" ").strip();
    }
}
