package org.masthead.base;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
