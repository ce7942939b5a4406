package org.masthead.publishing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.masthead.issue.Publication;
import org.masthead.publishing.sources.CaptureState;
import org.masthead.publishing.sources.SourceCapture;
import org.masthead.publishing.sources.SourceCaptures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The public page of one cited source, {@code /archive/{n}/sources/{k}}, in the archive's layout:
 * who captured it, when and from where, and the capture shown safely. HTML is cleaned by jsoup's
 * allow-list (no script, no style, no form, no frame, no image: nothing the reader's browser would
 * fetch from elsewhere, so no tracking pixel either), read in the charset it came in. PDFs and
 * images are not inlined: they are linked to their bytes, served apart with a sandbox policy.
 */
@Service
public class SourcePages {

    /** Types a browser may show from the capture itself (never SVG: it can carry script). */
    static final Set<String> SHOWN_AS_IS = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    private static final Safelist CAPTURED_HTML = Safelist.relaxed()
            .removeTags("img")
            .addTags("section", "article", "header", "footer", "figure", "figcaption", "time", "mark", "small")
            .addProtocols("a", "href", "http", "https")
            .preserveRelativeLinks(false);

    private final SourceCaptures captures;
    private final EditionRenderer renderer;
    private final PublicSite site;

    SourcePages(SourceCaptures captures, EditionRenderer renderer, PublicSite site) {
        this.captures = captures;
        this.renderer = renderer;
        this.site = site;
    }

    /** The page, if the issue cites a source with that number. */
    @PreAuthorize("permitAll()") // the public archive
    public Optional<String> page(int issueNumber, int sourceNo) {
        return captures.source(issueNumber, sourceNo).map(found -> render(found.capture(), found.body()));
    }

    /** The captured bytes themselves, for PDFs and images (and as a download for anything else). */
    @PreAuthorize("permitAll()") // the public archive
    public Optional<Raw> raw(int issueNumber, int sourceNo) {
        return captures.source(issueNumber, sourceNo).filter(found -> found.body() != null)
                .map(found -> new Raw(found.body(), found.capture().getContentType(), shownAsIs(found.capture().getContentType()),
                        "issue-" + issueNumber + "-source-" + sourceNo));
    }

    /** Captured bytes, their type as the source gave it, and whether a browser may show them as they are. */
    public record Raw(byte[] bytes, String contentType, boolean inline, String name) {
    }

    static boolean shownAsIs(String contentType) {
        return contentType != null && SHOWN_AS_IS.contains(mediaType(contentType));
    }

    private String render(SourceCapture capture, byte[] body) {
        Publication publication = site.publication();
        String address = capture.getUrl();
        StringBuilder html = new StringBuilder("<article class=\"source\"><h1>Source ").append(capture.getSourceNo())
                .append(" of issue ").append(capture.getIssueNumber()).append("</h1>")
                .append("<p class=\"meta\"><a href=\"").append(Edition.permalink(capture.getIssueNumber())).append("\">Back to issue ")
                .append(capture.getIssueNumber()).append("</a></p>");
        if (capture.isOffline()) {
            html.append("<p class=\"offline\"><strong>Offline since ")
                    .append(EditionRenderer.date(capture.getOfflineSince(), publication.getTimeZone()))
                    .append(".</strong> The address no longer answers; the copy below is what it said when captured.</p>");
        }
        if (capture.getState() == CaptureState.PENDING) {
            html.append("<p>Not captured yet: ").append(htmlEscape(publication.getName()))
                    .append(" captures every source shortly after the issue is released. The original: ")
                    .append(link(address)).append("</p>");
        } else if (capture.getState() == CaptureState.FAILED) {
            html.append("<p>").append(htmlEscape(publication.getName())).append(" could not capture ").append(link(address))
                    .append(" on ").append(EditionRenderer.date(capture.getCapturedAt(), publication.getTimeZone())).append(": ")
                    .append(htmlEscape(capture.getFailure())).append("</p>");
        } else {
            html.append("<p class=\"captured\">Captured by ").append(htmlEscape(publication.getName())).append(" on ")
                    .append(EditionRenderer.date(capture.getCapturedAt(), publication.getTimeZone())).append(" from ")
                    .append(link(address)).append("</p><p class=\"meta\">")
                    .append(capture.getFinalUrl() != null && !capture.getFinalUrl().equals(address)
                            ? "Redirected to " + link(capture.getFinalUrl()) + ". " : "")
                    .append("Status ").append(capture.getStatus()).append(" · ").append(htmlEscape(String.valueOf(capture.getContentType())))
                    .append(" · SHA-256 <code>").append(capture.getSha256()).append("</code></p>");
            html.append(shown(capture, body));
        }
        html.append("</article>");
        return renderer.page(publication, publication.getName() + " · Source " + capture.getSourceNo() + " of issue "
                + capture.getIssueNumber(), html.toString());
    }

    private String shown(SourceCapture capture, byte[] body) {
        String type = capture.getContentType() == null ? "" : mediaType(capture.getContentType());
        String raw = "/archive/" + capture.getIssueNumber() + "/sources/" + capture.getSourceNo() + "/raw";
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return "<div class=\"capture\">" + cleaned(body, capture.getContentType(), capture.getFinalUrl()) + "</div>";
        }
        if (type.equals("text/plain")) {
            return "<pre class=\"capture\">" + htmlEscape(new String(body, charsetOf(capture.getContentType()))) + "</pre>";
        }
        if (shownAsIs(type)) {
            return "<p><a href=\"" + raw + "\">Open the captured " + (type.equals("application/pdf") ? "PDF" : "image") + "</a> ("
                    + body.length + " bytes).</p>";
        }
        return "<p><a href=\"" + raw + "\">Download the captured file</a> (" + body.length + " bytes).</p>";
    }

    /** The captured page's text and links, in the charset it came in; nothing that runs or fetches. */
    static String cleaned(byte[] body, String contentType, String baseUri) {
        try {
            Charset declared = contentType == null ? null : declaredCharset(contentType);
            Document page = Jsoup.parse(new ByteArrayInputStream(body), declared == null ? null : declared.name(),
                    baseUri == null ? "" : baseUri);
            Document clean = new Cleaner(CAPTURED_HTML).clean(page);
            clean.select("a[href]").attr("rel", "nofollow noopener noreferrer");
            clean.outputSettings().prettyPrint(false);
            return clean.body().html();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charsetOf(String contentType) {
        Charset declared = contentType == null ? null : declaredCharset(contentType);
        return declared == null ? java.nio.charset.StandardCharsets.UTF_8 : declared;
    }

    private static Charset declaredCharset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").strip());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String link(String address) {
        return "<a href=\"" + htmlEscape(address) + "\" rel=\"nofollow noopener noreferrer\">" + htmlEscape(address) + "</a>";
    }
}
