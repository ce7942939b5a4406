package org.masthead.publishing;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.masthead.base.MarkdownRenderer;
import org.masthead.issue.Issue;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.springframework.stereotype.Component;

/**
 * The pre-release checks. The release screen shows them and the server runs them again when it
 * releases, now or at the scheduled time: one class, so the two can never disagree.
 */
@Component
class ReleaseChecks {

    private final MarkdownRenderer markdown;
    private final Parser links = Parser.builder().build();

    ReleaseChecks(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** What still stands between the issue and its release, in sentences; empty when it can go. */
    List<String> problems(Issue issue, List<Section> kept) {
        if (issue.isReleased()) {
            return List.of("Issue " + issue.getNumber() + " is already released.");
        }
        List<String> problems = new ArrayList<>();
        if (issue.getTitle() == null || issue.getTitle().isBlank()) {
            problems.add("The issue has no title.");
        }
        if (issue.getPlannedRelease() == null) {
            problems.add("The issue has no release date.");
        }
        if (kept.isEmpty()) {
            problems.add("The issue has no sections.");
        }
        for (Section section : kept) {
            String heading = "\"" + section.getHeading() + "\"";
            if (section.getState() != SectionState.APPROVED) {
                problems.add(heading + " is " + section.getState().label().toLowerCase() + " (" + section.getWriterName() + ").");
            }
            if (!markdown.rendersVisibleText(section.getBody())) {
                problems.add(heading + " is empty.");
            }
            brokenLinks(section.getBody()).forEach(url -> problems.add(heading + " links to \"" + url
                    + "\", which is not a web or mail address."));
        }
        if (!markdown.rendersVisibleText(issue.getFooter())) {
            problems.add("The standing footer is missing: set it on the publication.");
        }
        return problems;
    }

    /** The link addresses in a body that readers could not follow (package-private for its tests). */
    List<String> brokenLinks(String body) {
        List<String> broken = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> check(link.getUrl().toString(), broken)),
                new VisitHandler<>(AutoLink.class, link -> check(link.getUrl().toString(), broken)))
                .visit(links.parse(body == null ? "" : body));
        return broken;
    }

    private static void check(String url, List<String> broken) {
        if (!isWellFormed(url.strip())) {
            broken.add(url);
        }
    }

    /** A link readers can follow: an absolute web address with a host, a mail address, or a place in our archive. */
    static boolean isWellFormed(String url) {
        if (url.startsWith("#") || (url.startsWith("/") && !url.startsWith("//"))) {
            return true;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            return switch (scheme) {
                case "http", "https" -> uri.getHost() != null && uri.getHost().contains(".");
                case "mailto" -> uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().matches("[^@\\s]+@[^@\\s]+");
                default -> false;
            };
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
