package org.masthead.publishing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.PlainTextDocument;
import org.masthead.markdown.Rendering;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.Publication;
import org.masthead.section.Section;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders a whole issue, as readers get it: the web page, the plain text and the Markdown source
 * (the email is {@link EmailRenderer}'s). Section bodies go through the one Markdown renderer
 * (sanitised), with the time an edition is worth; everything else written here is escaped.
 */
@Component
class EditionRenderer {

    static final String STYLESHEET = "/archive/archive.css";
    /** Why nothing was frozen when a text fell back to plain paragraphs even within the edition budget. */
    static final String NOT_FORMATTED = "The issue could not be formatted in time, so no edition was stored: "
            + "try again when the desk is less busy.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MarkdownRenderer markdown;
    /** Whether this renders what is stored: then a text shown as plain paragraphs refuses instead. */
    private final boolean freezing;
    /**
     * The renderings of one issue, kept by a renderer made for that issue ({@link #forOneIssue},
     * {@link #freezing}): the web page and the plain text read the same sections, and each
     * rendering already holds both forms, so each body is rendered once per edition, not twice.
     * Null in the shared bean, which stays stateless.
     */
    private final Map<List<String>, Rendering> renderings;

    @Autowired
    EditionRenderer(MarkdownRenderer markdown) {
        this(markdown, false, null);
    }

    private EditionRenderer(MarkdownRenderer markdown, boolean freezing, Map<List<String>, Rendering> renderings) {
        this.markdown = markdown;
        this.freezing = freezing;
        this.renderings = renderings;
    }

    /** The same renderer for the outputs of one issue, rendering each of its texts once. */
    EditionRenderer forOneIssue() {
        return new EditionRenderer(markdown, freezing, new HashMap<>());
    }

    /**
     * The same renderer for what is frozen into an edition: where a text falls back to plain
     * paragraphs (the budget ran out even so), it refuses with {@link #NOT_FORMATTED} before
     * anything is stored. The preview, which only shows, keeps the fallback.
     */
    EditionRenderer freezing() {
        return new EditionRenderer(markdown, true, new HashMap<>());
    }

    private Rendering rendered(String text, String idPrefix) {
        Rendering rendering = renderings == null ? markdown.renderForEdition(text, idPrefix)
                : renderings.computeIfAbsent(Arrays.asList(text, idPrefix), key -> markdown.renderForEdition(text, idPrefix));
        if (freezing && rendering.isPlainFallback()) {
            throw new WorkflowException(NOT_FORMATTED);
        }
        return rendering;
    }

    /** The Markdown source of the whole issue: title, each kept section, the footer. */
    String markdownSource(Issue issue, List<Section> kept) {
        StringBuilder source = new StringBuilder("# ").append(issue.getTitle()).append("\n\n");
        for (Section section : kept) {
            source.append("## ").append(section.getHeading()).append("\n\n").append(section.getBody().strip()).append("\n\n");
        }
        return source.append("---\n\n").append(issue.getFooter()).append('\n').toString();
    }

    /** The issue's article: what the release screen previews and the edition page contains. */
    String article(Issue issue, List<Section> kept, Instant date, EditionHistory history) {
        ZoneId zone = issue.getPublication().getTimeZone();
        StringBuilder html = new StringBuilder("<article class=\"issue\">")
                .append("<h1>").append(htmlEscape(issue.getTitle())).append("</h1>")
                .append("<p class=\"meta\">Issue ").append(issue.getNumber()).append(" · ")
                .append(date(history.firstReleasedAt(date), zone))
                .append(history.isCorrection() ? " · Edition " + history.editionNo() : "").append("</p>");
        if (history.isCorrection()) {
            html.append("<aside class=\"correction\"><p><strong>Corrected on ").append(date(date, zone)).append(".</strong> ")
                    .append(htmlEscape(history.note())).append("</p><p>Earlier editions stay readable: ");
            for (int i = 0; i < history.earlier().size(); i++) {
                EditionHistory.Earlier earlier = history.earlier().get(i);
                html.append(i == 0 ? "" : ", ").append("<a href=\"").append(history.linkTo(earlier.editionNo())).append("\">edition ")
                        .append(earlier.editionNo()).append(" of ").append(date(earlier.releasedAt(), zone)).append("</a>");
            }
            html.append(".</p></aside>");
        }
        for (Section section : kept) {
            html.append("<section><h2>").append(htmlEscape(section.getHeading())).append("</h2>")
                    .append(rendered(section.getBody(), sectionIds(section)).html()).append("</section>");
        }
        return html.append("<footer class=\"standing\">").append(rendered(issue.getFooter(), MarkdownRenderer.DEFAULT_ID_PREFIX).html())
                .append("</footer></article>").toString();
    }

    /** The edition's web page: the article, then where else to read it. */
    String webPage(Issue issue, String article, EditionHistory history) {
        String own = history.linkTo(history.editionNo());
        String body = article
                + "<nav class=\"formats\" aria-label=\"Other formats\"><p class=\"meta\"><a href=\""
                + Edition.permalink(issue.getNumber()) + "\">Permalink</a> (always the newest edition) · <a href=\""
                + own + "/email\">As sent by email</a> · <a href=\"" + own + "/text\">Plain text</a></p></nav>";
        return page(issue.getPublication(), issue.getPublication().getName() + " · No. " + issue.getNumber() + ": "
                + issue.getTitle(), body);
    }

    /**
     * The edition as plain text: the publication, the issue, every section, the footer, the web
     * address. The title and headings are written as typed, as the web page shows them.
     */
    String plainText(Issue issue, List<Section> kept, Instant date, EditionHistory history, String webAddress) {
        ZoneId zone = issue.getPublication().getTimeZone();
        StringBuilder text = new StringBuilder(issue.getPublication().getName()).append('\n')
                .append("Issue ").append(issue.getNumber()).append(" · ").append(date(history.firstReleasedAt(date), zone));
        if (history.isCorrection()) {
            text.append(" · Edition ").append(history.editionNo()).append("\nCorrected on ").append(date(date, zone))
                    .append(": ").append(history.note().strip());
        }
        // Section by section, as the web page: the whole issue as one text could be longer than one render reads.
        PlainTextDocument document = new PlainTextDocument().title(issue.getTitle());
        for (Section section : kept) {
            document.heading(section.getHeading()).text(rendered(section.getBody(), sectionIds(section)));
        }
        document.rule().text(rendered(issue.getFooter(), MarkdownRenderer.DEFAULT_ID_PREFIX));
        return text.append("\n\n").append(document.write())
                .append("\n\nRead it on the web: ").append(webAddress).append('\n').toString();
    }

    /** Each section's anchors get their own prefix: two sections may both have footnote 1. */
    private static String sectionIds(Section section) {
        return "s" + section.getPosition() + "-";
    }

    /** A complete, standalone web page: no script, one stylesheet of our own. */
    String page(Publication publication, String title, String body) {
        return page(publication.getName(), publication.getTagline(), title, body);
    }

    /** A public page headed with a name and a tagline: the publication's, or plain words while there is none. */
    String page(String name, String tagline, String title, String body) {
        return page(name, tagline, title, body, false);
    }

    /** The same, kept out of search engines when {@code noindex} (a preview link's pages). */
    String page(String name, String tagline, String title, String body, boolean noindex) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (noindex ? "<meta name=\"robots\" content=\"noindex\">" : "")
                + "<title>" + htmlEscape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\" title=\""
                + htmlEscape(name) + "\">"
                + "</head><body><header class=\"masthead\"><p class=\"name\"><a href=\"/archive\">"
                + htmlEscape(name) + "</a></p><p class=\"tagline\">"
                + htmlEscape(tagline) + "</p></header><main>" + body + "</main></body></html>\n";
    }

    static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }
}
