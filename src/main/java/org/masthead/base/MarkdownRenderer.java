package org.masthead.base;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The one way Markdown becomes HTML in Masthead: the editor's preview, the review screen and
 * the released edition all call this, so what was approved is what readers get.
 *
 * <p>Raw HTML typed into Markdown is escaped (shown as text), and the rendered HTML then goes
 * through jsoup's allow-list cleaner, so no script, event handler or {@code javascript:} link
 * reaches a page even if Flexmark ever let one through.
 */
@Component
public class MarkdownRenderer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("del", "s", "hr")
            .addAttributes("a", "rel")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(false);

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(
                        TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Sanitised HTML for the Markdown, ready to put inside a page. */
    public String toSafeHtml(String markdown) {
        String raw = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return sanitise(raw);
    }

    /**
     * Plain text for the Markdown, for the text edition and the archive's search: headings
     * underlined, list items marked, quotes prefixed with "> ", and each link followed by a
     * numbered reference ("[1]") whose address is listed at the end. Built from the sanitised
     * HTML, so it says exactly what the HTML says.
     */
    public String toPlainText(String markdown) {
        Document html = Jsoup.parseBodyFragment(toSafeHtml(markdown));
        StringBuilder out = new StringBuilder();
        List<String> links = new ArrayList<>();
        Deque<Integer> starts = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    boolean pre = text.parent() != null && text.parent().closest("pre") != null;
                    String words = pre ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " ");
                    boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
                    out.append(lineStart && !pre ? words.stripLeading() : words);
                    return;
                }
                if (!(node instanceof Element element)) {
                    return;
                }
                switch (element.normalName()) {
                    case "h1", "h2", "h3", "h4", "h5", "h6", "p", "pre", "blockquote", "ul", "ol", "table", "hr" -> {
                        if (!(element.normalName().equals("p") && element.parent() != null
                                && element.parent().normalName().equals("li") && element.elementSiblingIndex() == 0)) {
                            blankLine(out);
                        }
                        if (element.normalName().equals("hr")) {
                            out.append("----");
                        }
                    }
                    case "li" -> {
                        newLine(out);
                        Element list = element.parent();
                        int depthInLists = element.parents().select("ul, ol").size() - 1;
                        out.append("  ".repeat(Math.max(0, depthInLists)));
                        out.append(list != null && list.normalName().equals("ol")
                                ? (element.elementSiblingIndex() + 1) + ". " : "- ");
                    }
                    case "br", "tr" -> newLine(out);
                    case "td", "th" -> out.append(element.elementSiblingIndex() == 0 ? "" : " | ");
                    default -> {
                    }
                }
                starts.push(out.length());
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                int start = starts.pop();
                switch (element.normalName()) {
                    case "a" -> {
                        String href = element.attr("href");
                        if (!href.isEmpty()) {
                            links.add(href);
                            out.append(" [").append(links.size()).append(']');
                        }
                    }
                    case "h1", "h2" -> out.append('\n').append((element.normalName().equals("h1") ? "=" : "-")
                            .repeat(Math.max(3, out.length() - start)));
                    case "blockquote" -> {
                        String quoted = out.substring(start).strip().replaceAll("(?m)^", "> ");
                        out.setLength(start);
                        out.append(quoted);
                    }
                    default -> {
                    }
                }
            }

            private void newLine(StringBuilder text) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }

            private void blankLine(StringBuilder text) {
                newLine(text);
                if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
                    text.append('\n');
                }
            }
        }, html.body());
        String text = out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
        if (links.isEmpty()) {
            return text;
        }
        StringBuilder references = new StringBuilder(text).append("\n\n");
        for (int i = 0; i < links.size(); i++) {
            references.append('[').append(i + 1).append("] ").append(links.get(i)).append('\n');
        }
        return references.toString().strip();
    }

    /** Whether the Markdown produces any visible text (submitting needs a body that renders). */
    public boolean rendersVisibleText(String markdown) {
        return !Jsoup.parse(toSafeHtml(markdown)).text().isBlank();
    }

    static String sanitise(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element link : clean.select("a[href]")) {
            // Links leave for other sites: they must not get a handle on our window or our URL.
            link.attr("rel", "noopener noreferrer");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
