package org.masthead.publishing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.masthead.base.MarkdownRenderer;
import org.masthead.issue.Issue;
import org.masthead.issue.Publication;
import org.masthead.section.Section;
import org.springframework.stereotype.Component;

/**
 * Renders a whole issue, as readers get it. Section bodies go through the one Markdown renderer
 * (sanitised); everything else written here is escaped.
 */
@Component
class EditionRenderer {

    static final String STYLESHEET = "/archive/archive.css";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MarkdownRenderer markdown;

    EditionRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The Markdown source of the whole issue: title, each kept section, the footer. */
    String markdownSource(Issue issue, List<Section> kept) {
        StringBuilder source = new StringBuilder("# ").append(issue.getTitle()).append("\n\n");
        for (Section section : kept) {
            source.append("## ").append(section.getHeading()).append("\n\n").append(section.getBody().strip()).append("\n\n");
        }
        return source.append("---\n\n").append(issue.getPublication().getFooter()).append('\n').toString();
    }

    /** The issue's article: what the release screen previews and the edition page contains. */
    String article(Issue issue, List<Section> kept, Instant date) {
        Publication publication = issue.getPublication();
        StringBuilder html = new StringBuilder("<article class=\"issue\">")
                .append("<h1>").append(htmlEscape(issue.getTitle())).append("</h1>")
                .append("<p class=\"meta\">Issue ").append(issue.getNumber()).append(" · ")
                .append(DATE.format(date.atZone(publication.getTimeZone()))).append("</p>");
        for (Section section : kept) {
            html.append("<section><h2>").append(htmlEscape(section.getHeading())).append("</h2>")
                    // Each section's anchors get their own prefix: two sections may both have footnote 1.
                    .append(markdown.toSafeHtml(section.getBody(), "s" + section.getPosition() + "-")).append("</section>");
        }
        return html.append("<footer class=\"standing\">").append(markdown.toSafeHtml(publication.getFooter()))
                .append("</footer></article>").toString();
    }

    /** A complete, standalone web page: no script, one stylesheet of our own. */
    String page(Publication publication, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + htmlEscape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"/archive\" title=\"Archive\">"
                + "</head><body><header class=\"masthead\"><p class=\"name\"><a href=\"/archive\">"
                + htmlEscape(publication.getName()) + "</a></p><p class=\"tagline\">"
                + htmlEscape(publication.getTagline()) + "</p></header><main>" + body + "</main></body></html>\n";
    }

    static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }
}
