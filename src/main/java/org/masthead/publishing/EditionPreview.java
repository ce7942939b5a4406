package org.masthead.publishing;

import java.time.Instant;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An edition as the release screen shows it: before the release, exactly the bytes the release
 * will store (rendered by the same code from the same inputs); after it, the newest stored edition.
 *
 * @param date    the date the edition carries, as readers see it ("30 November 2026")
 * @param article the article, which the web page wraps; what the screen shows as the web edition
 * @param html    the whole web page
 * @param email   the email as subscribers get it
 * @param text    the plain-text edition
 * @param markdown the Markdown source of the whole issue
 */
public record EditionPreview(String date, String article, String html, String email, String text, String markdown) {

    /** A date as editions print it; "30 November 2026". */
    public static String dateOf(Instant instant, ZoneId zone) {
        return EditionRenderer.date(instant, zone);
    }

    static EditionPreview of(Edition edition, String date) {
        Document page = Jsoup.parse(edition.getHtml());
        page.outputSettings().prettyPrint(false);
        Element article = page.selectFirst("article");
        return new EditionPreview(date, article == null ? "" : article.outerHtml(), edition.getHtml(),
                edition.getEmailHtml(), edition.getPlainText(), edition.getMarkdown());
    }
}
