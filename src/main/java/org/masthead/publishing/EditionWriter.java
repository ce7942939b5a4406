package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.issue.Issue;
import org.masthead.publishing.sources.SourceCaptures;
import org.masthead.publishing.sources.SourceLinks;
import org.masthead.section.Section;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Renders an issue once into every format and stores the result as a new edition. Release,
 * correction and back-issue import all freeze through here, so every edition has every format.
 */
@Component
class EditionWriter {

    private final EditionRenderer renderer;
    private final EmailRenderer email;
    private final EditionRepository editions;
    private final PublicSite site;
    private final ApplicationEventPublisher events;
    private final SourceCaptures sources;
    private final Clock clock;

    EditionWriter(EditionRenderer renderer, EmailRenderer email, EditionRepository editions, PublicSite site,
                  ApplicationEventPublisher events, SourceCaptures sources, Clock clock) {
        this.renderer = renderer;
        this.email = email;
        this.editions = editions;
        this.site = site;
        this.events = events;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Renders and stores the edition. Every text is formatted within the edition budget or nothing
     * is stored: a text that fell back to plain paragraphs refuses with a sentence, so a busy
     * server never freezes a half-formatted issue.
     */
    Edition write(Issue issue, List<Section> kept, Instant releasedAt, EditionHistory history) {
        EditionRenderer freezing = renderer.freezing();
        String marked = freezing.article(issue, kept, releasedAt, history);
        List<String> links = SourceLinks.in(marked, site.host());
        String article = SourceLinks.withoutMarkers(marked);
        Edition.Rendered rendered = formats(freezing, issue, kept, releasedAt, history, article,
                sources.numbersFor(issue.getId(), links));
        Edition edition = editions.save(new Edition(issue.getId(), history, issue.getTitle(), releasedAt, clock.instant(),
                rendered));
        // Registered in this transaction (cheap rows); fetched by a job once it has committed.
        sources.register(issue.getId(), issue.getNumber(), history.editionNo(), links);
        events.publishEvent(new ArchiveVersion.EditionStored(edition.getId()));
        return edition;
    }

    /**
     * What {@link #write} would store with the same arguments, stored nowhere: the release
     * screen's preview. The same code renders both, so the preview cannot drift from the edition.
     */
    EditionPreview preview(Issue issue, List<Section> kept, Instant releasedAt, EditionHistory history) {
        EditionRenderer forIssue = renderer.forOneIssue();
        String marked = forIssue.article(issue, kept, releasedAt, history);
        String article = SourceLinks.withoutMarkers(marked);
        Edition.Rendered rendered = formats(forIssue, issue, kept, releasedAt, history, article,
                sources.numbersFor(issue.getId(), SourceLinks.in(marked, site.host())));
        return new EditionPreview(EditionRenderer.date(history.firstReleasedAt(releasedAt), issue.getPublication().getTimeZone()), article,
                rendered.html(), rendered.email(), rendered.text(), rendered.markdown());
    }

    private Edition.Rendered formats(EditionRenderer by, Issue issue, List<Section> kept, Instant releasedAt, EditionHistory history,
                                     String article, Map<String, Integer> sourceNumbers) {
        String permalink = Edition.permalink(issue.getNumber());
        String title = issue.getPublication().getName() + " · " + issue.label();
        return new Edition.Rendered(
                by.markdownSource(issue, kept),
                // Only the web edition marks its sources: "archived copy" beside each, to its page in the archive.
                by.webPage(issue, SourceLinks.marked(article, issue.getNumber(), sourceNumbers, site.host()), history),
                email.email(issue.getPublication().getName(), title, article, site.baseUrl(), permalink),
                by.plainText(issue, kept, releasedAt, history, site.absolute(permalink)));
    }

    /** Where the next edition of a released issue stands: a correction of every edition before it. */
    EditionHistory nextAfter(Issue issue, String note) {
        List<Edition> earlier = editions.findByIssueIdOrderByEditionNoAsc(issue.getId());
        Optional<Edition> first = earlier.stream().findFirst();
        return new EditionHistory(issue.getNumber(), earlier.size() + 1, note,
                first.map(Edition::getFirstReleasedAt).orElse(null),
                earlier.stream().map(e -> new EditionHistory.Earlier(e.getEditionNo(), e.getReleasedAt())).toList());
    }
}
