package org.masthead.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Marks passages in HTML that is sanitised already: each passage's words are found among the
 * words of the page's text nodes, and the stretch from its first to its last word is wrapped in
 * {@code <mark>} elements made here, one per text node it crosses. The text itself only moves
 * between jsoup's text nodes, so a writer's words never become markup.
 */
final class PassageMarks {

    /** Elements that end a run of words: text on either side of them is never one word. */
    private static final Set<String> BLOCKS = Set.of("p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "div", "table", "tr", "td", "th", "br", "hr", "img");

    /** A passage to mark: its visible words, the index of its first among all visible words, and the note's id. */
    record Passage(List<String> words, int near, long noteId) {
    }

    private PassageMarks() {
    }

    static String mark(String safeHtml, List<Passage> passages) {
        Document document = Jsoup.parseBodyFragment(safeHtml);
        document.outputSettings().prettyPrint(false);
        for (Passage passage : passages) {
            mark(document.body(), passage);
        }
        return document.body().html();
    }

    private static void mark(Element body, Passage passage) {
        Page page = Page.of(body);
        List<int[]> found = new ArrayList<>();
        Matcher matcher = VisibleText.WORD.matcher(page.text);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        int first = VisibleText.nearest(passage.words(), passage.near(),
                i -> page.text.substring(found.get(i)[0], found.get(i)[1]).toLowerCase(Locale.ROOT), found.size());
        if (first < 0) {
            return;
        }
        int from = found.get(first)[0];
        int to = found.get(first + passage.words().size() - 1)[1];
        // Back to front: splitting a node leaves the places of the nodes before it as they were.
        for (int i = page.nodes.size() - 1; i >= 0; i--) {
            TextNode node = page.nodes.get(i);
            int at = page.starts.get(i);
            int length = node.getWholeText().length();
            int start = Math.max(from, at) - at;
            int end = Math.min(to, at + length) - at;
            // Blank runs between blocks stay as they are: a mark there would be a stray element between paragraphs.
            if (start < end && !node.getWholeText().substring(start, end).isBlank()) {
                wrap(node, start, end, passage.noteId());
            }
        }
    }

    private static void wrap(TextNode node, int start, int end, long noteId) {
        TextNode middle = start > 0 ? node.splitText(start) : node;
        if (end - start < middle.getWholeText().length()) {
            middle.splitText(end - start);
        }
        Element mark = new Element("mark").addClass("passage").attr("data-note", String.valueOf(noteId));
        middle.replaceWith(mark);
        mark.appendChild(middle);
    }

    /** The page's text as one string, with where each text node starts in it; blocks keep their words apart. */
    private static final class Page implements NodeVisitor {

        private final StringBuilder built = new StringBuilder();
        private final List<TextNode> nodes = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        private String text;

        static Page of(Element body) {
            Page page = new Page();
            NodeTraversor.traverse(page, body);
            page.text = page.built.toString();
            return page;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                nodes.add(text);
                starts.add(built.length());
                built.append(text.getWholeText());
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                built.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                built.append('\n');
            }
        }
    }
}
