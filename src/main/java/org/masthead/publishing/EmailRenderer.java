package org.masthead.publishing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The edition as mail clients need it: one column, every style inlined on its element (many
 * clients drop a style sheet, none runs a script), layout tables, and a link to the web edition.
 * It starts from the web article, so the email says exactly what the page says.
 */
@Component
class EmailRenderer {

    private static final String SANS = "font-family:Helvetica,Arial,sans-serif;";
    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("h1", SANS + "font-size:26px;line-height:1.25;margin:8px 0 4px;color:#1d1d1f;"),
            Map.entry("h2", SANS + "font-size:20px;line-height:1.3;margin:32px 0 8px;padding-top:8px;border-top:2px solid #1d1d1f;color:#1d1d1f;"),
            Map.entry("h3", SANS + "font-size:17px;line-height:1.3;margin:24px 0 8px;color:#1d1d1f;"),
            Map.entry("h4", SANS + "font-size:16px;margin:16px 0 8px;"),
            Map.entry("p", "margin:0 0 16px;"),
            Map.entry("a", "color:#0b5394;text-decoration:underline;"),
            Map.entry("blockquote", "margin:16px 0;padding:0 0 0 16px;border-left:3px solid #cccccc;color:#333333;"),
            Map.entry("ul", "margin:0 0 16px;padding:0 0 0 24px;"),
            Map.entry("ol", "margin:0 0 16px;padding:0 0 0 24px;"),
            Map.entry("li", "margin:0 0 6px;"),
            Map.entry("table", "border-collapse:collapse;width:100%;margin:0 0 16px;"),
            Map.entry("th", "border:1px solid #cccccc;padding:4px 8px;text-align:left;"),
            Map.entry("td", "border:1px solid #cccccc;padding:4px 8px;text-align:left;"),
            Map.entry("pre", "white-space:pre-wrap;font-family:Menlo,Consolas,monospace;font-size:14px;"),
            Map.entry("code", "font-family:Menlo,Consolas,monospace;font-size:14px;"),
            Map.entry("hr", "border:0;border-top:1px solid #dddddd;margin:24px 0;"));
    private static final Map<String, String> CLASS_STYLES = Map.of(
            "meta", "color:#595959;font-size:14px;",
            "standing", "margin:40px 0 0;padding:16px 0 0;border-top:1px solid #dddddd;color:#444444;font-size:14px;",
            "correction", "margin:16px 0;padding:12px 16px;background:#fff8e1;border-left:4px solid #b26a00;");

    /**
     * A complete email document around the web article.
     *
     * @param baseUrl   the public side's absolute address: a mail has no page to be relative to
     * @param permalink the permalink, for "Read it on the web"
     */
    String email(String publicationName, String title, String article, String baseUrl, String permalink) {
        Document body = Jsoup.parseBodyFragment(article);
        for (Element link : body.select("a[href^=/]")) {
            link.attr("href", baseUrl + link.attr("href"));
        }
        for (Element element : body.body().select("*")) {
            String style = STYLES.getOrDefault(element.normalName(), "")
                    + element.classNames().stream().map(c -> CLASS_STYLES.getOrDefault(c, "")).reduce("", String::concat);
            if (!style.isEmpty()) {
                element.attr("style", style);
            }
            element.removeAttr("class");
            // Older clients know nothing of HTML5's sectioning elements: plain blocks render everywhere.
            if (element.normalName().matches("article|section|footer|aside|nav")) {
                element.tagName("div");
            }
        }
        body.outputSettings().prettyPrint(false);
        String web = htmlEscape(baseUrl + permalink);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + htmlEscape(title) + "</title></head>"
                + "<body style=\"margin:0;padding:0;background:#f4f2ee;\">"
                + "<table role=\"presentation\" style=\"width:100%;border-collapse:collapse;background:#f4f2ee;\"><tr>"
                + "<td style=\"padding:16px 8px;\">"
                + "<table role=\"presentation\" style=\"width:100%;max-width:600px;margin:0 auto;border-collapse:collapse;background:#ffffff;\">"
                + "<tr><td style=\"padding:12px 24px;" + SANS + "font-size:13px;color:#595959;\">"
                + "<a href=\"" + web + "\" style=\"color:#0b5394;\">Read it on the web</a></td></tr>"
                + "<tr><td style=\"padding:8px 24px 0;" + SANS + "font-size:15px;font-weight:bold;color:#1d1d1f;\">"
                + htmlEscape(publicationName) + "</td></tr>"
                + "<tr><td style=\"padding:0 24px 24px;font-family:Georgia,'Times New Roman',serif;font-size:17px;"
                + "line-height:1.6;color:#1d1d1f;\">" + body.body().html() + "</td></tr>"
                + "</table></td></tr></table></body></html>\n";
    }
}
