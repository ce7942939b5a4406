package org.masthead.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.masthead.markdown.LinkRule;
import org.masthead.markdown.MarkdownFinding;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.Rendering;
import org.masthead.issue.Issue;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.springframework.stereotype.Component;

/**
 * The pre-release checks. The release screen shows them and the server runs them again when it
 * releases, now or at the scheduled time: one class, so the two can never disagree. Each body is
 * rendered as the edition renders it (the bounded pipeline, with the edition's time budget), and
 * what is wrong with it is said in a few sentences, however many links a hostile text holds.
 */
@Component
class ReleaseChecks {

    /** Addresses of one kind named per section; the rest are counted in one more sentence. */
    static final int ADDRESSES_NAMED = 3;

    private final MarkdownRenderer markdown;

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
        Optional<String> tooLarge = IssueSize.problem(kept);
        tooLarge.ifPresent(problems::add);
        for (Section section : kept) {
            String heading = "\"" + section.getHeading() + "\"";
            if (section.getState() != SectionState.APPROVED) {
                problems.add(heading + " is " + section.getState().label().toLowerCase() + " (" + section.getWriterName() + ").");
            }
            if (tooLarge.isPresent()) {
                // The limit is there so that releasing stays bounded work: an issue over it is not rendered.
                continue;
            }
            // One render per section, the one readers get: its links are judged by the rule the submit checks use.
            Rendering rendering = markdown.renderForEdition(section.getBody() == null ? "" : section.getBody(),
                    MarkdownRenderer.DEFAULT_ID_PREFIX);
            if (rendering.isPlainFallback()) {
                problems.add(heading + " could not be formatted in time, so readers would get it as plain paragraphs: "
                        + "try again when the desk is less busy, or simplify its formatting.");
            }
            if (!rendering.hasVisibleText()) {
                problems.add(heading + " is empty.");
            }
            name(brokenLinks(rendering), url -> heading + " links to \"" + url + "\", which is not a web or mail address.",
                    more -> heading + " has " + more + " more links that are not web or mail addresses.", problems);
            name(brokenImages(rendering), url -> heading + " shows an image from \"" + url + "\", which is not an https:// address.",
                    more -> heading + " has " + more + " more images that are not at https:// addresses.", problems);
        }
        if (!markdown.rendersVisibleText(issue.getFooter())) {
            problems.add("The standing footer is missing: set it on the publication.");
        }
        return problems;
    }

    /** A sentence for each of the first few addresses, and one counting the rest. */
    private static void name(List<String> addresses, Function<String, String> one, IntFunction<String> more,
                             List<String> problems) {
        addresses.stream().limit(ADDRESSES_NAMED).map(one).forEach(problems::add);
        if (addresses.size() > ADDRESSES_NAMED) {
            problems.add(more.apply(addresses.size() - ADDRESSES_NAMED));
        }
    }

    /** The link addresses in a body that readers could not follow (package-private for its tests). */
    List<String> brokenLinks(String body) {
        return brokenLinks(markdown.renderForEdition(body, MarkdownRenderer.DEFAULT_ID_PREFIX));
    }

    private static List<String> brokenLinks(Rendering rendering) {
        return addresses(rendering, MarkdownFinding.Kind.LINK).filter(url -> !LinkRule.isUsableLink(url)).toList();
    }

    /** The image addresses readers would not get: only https:// images are shown. */
    private static List<String> brokenImages(Rendering rendering) {
        return addresses(rendering, MarkdownFinding.Kind.IMAGE).filter(url -> !LinkRule.isUsableImage(url)).toList();
    }

    private static Stream<String> addresses(Rendering rendering, MarkdownFinding.Kind kind) {
        return rendering.findings().stream().filter(finding -> finding.kind() == kind).map(MarkdownFinding::detail);
    }
}
