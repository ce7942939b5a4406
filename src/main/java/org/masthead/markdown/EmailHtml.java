package org.masthead.markdown;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The sanitised HTML adapted for mail programs, which drop style sheets and handle in-page
 * links badly: fixed inline styles of our own (never the writer's), no ids, no classes, heading
 * anchors and footnote links reduced to their text.
 */
final class EmailHtml {

    /** Our inline styles, by element: the only style attributes an email rendering ever has. */
    static final Map<String, String> STYLES = Map.of(
            "table", "border-collapse:collapse;margin:0 0 1em 0",
            "th", "border:1px solid #cccccc;padding:4px 8px;text-align:left",
            "td", "border:1px solid #cccccc;padding:4px 8px;text-align:left",
            "blockquote", "margin:0 0 1em 0;padding:0 0 0 12px;border-left:3px solid #cccccc;color:#555555",
            "pre", "font-family:monospace;white-space:pre-wrap;background:#f4f4f4;padding:8px",
            "code", "font-family:monospace",
            "img", "max-width:100%;height:auto",
            "hr", "border:0;border-top:1px solid #cccccc",
            "div", "font-size:90%");

    private EmailHtml() {
    }

    /** Rewrites a copy of the sanitised document; the original stays as it was. */
    static String of(Document sanitised) {
        Document email = sanitised.clone();
        Element body = email.body();
        body.select("h1 > a[href^=#], h2 > a[href^=#], h3 > a[href^=#], h4 > a[href^=#], h5 > a[href^=#], h6 > a[href^=#]")
                .unwrap();
        body.select("a.footnote-backref").remove();
        body.select("a.footnote-ref").unwrap();
        body.select("[id]").removeAttr("id");
        body.select("[class]").removeAttr("class");
        STYLES.forEach((tag, style) -> body.select(tag).attr("style", style));
        for (Element cell : body.select("th[align=center], td[align=center], th[align=right], td[align=right]")) {
            cell.attr("style", STYLES.get(cell.normalName()).replace("text-align:left", "text-align:" + cell.attr("align")));
        }
        email.outputSettings().prettyPrint(false);
        return body.html();
    }
}
