package org.masthead.mailing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Locale;

/**
 * The one thing that differs between two subscribers' copies of an edition: their own unsubscribe
 * link, spliced into the stored HTML just before {@code </body>} and added under the stored text.
 * Everything else is the stored bytes, so removing {@link #html} from a sent HTML part gives the
 * stored email back.
 */
final class UnsubscribeFooter {

    private UnsubscribeFooter() {
    }

    /** The paragraph spliced into the HTML. */
    static String html(String url) {
        return "<p style=\"margin:16px auto 24px;max-width:600px;text-align:center;font-family:Helvetica,Arial,sans-serif;"
                + "font-size:13px;color:#595959;\">You get this because you subscribed. "
                + "<a href=\"" + htmlEscape(url) + "\" style=\"color:#595959;text-decoration:underline;\">Unsubscribe</a>"
                + " in one click.</p>";
    }

    /** The lines added under the plain text. */
    static String text(String url) {
        return "\n\n--\nYou get this because you subscribed. Unsubscribe in one click:\n" + url + "\n";
    }

    static String spliceHtml(String stored, String url) {
        int end = stored.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String footer = html(url);
        return end < 0 ? stored + footer : stored.substring(0, end) + footer + stored.substring(end);
    }

    static String appendText(String stored, String url) {
        return stored.stripTrailing() + text(url);
    }
}
