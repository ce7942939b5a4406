package org.masthead.publishing;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.masthead.issue.Issue;
import org.masthead.issue.Publication;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The Atom feed of the archive, built with Rome. Each issue is one entry with a tag: URI that
 * never changes; a correction updates the entry (new content, new "updated") rather than adding one.
 * The feed is built once per new edition and then served from memory.
 */
@Service
public class AtomFeed {

    static final int ENTRIES = 20;

    private final EditionRepository editions;
    private final PublicSite site;
    private final ArchiveVersion version;
    private volatile Cached cached = new Cached(-1, new byte[0], "", null);

    AtomFeed(EditionRepository editions, PublicSite site, ArchiveVersion version) {
        this.editions = editions;
        this.site = site;
        this.version = version;
    }

    /** The feed document as served. */
    public byte[] xml() {
        return current().xml();
    }

    /** The feed's hash, its ETag. */
    public String hash() {
        return current().hash();
    }

    /** When the newest edition was stored: the feed's Last-Modified, empty while nothing is released. */
    public Optional<Instant> lastModified() {
        return Optional.ofNullable(current().lastStored());
    }

    private Cached current() {
        long newest = version.current();
        Cached now = cached;
        if (now.newestEditionId() != newest) {
            byte[] xml = build().getBytes(StandardCharsets.UTF_8);
            now = new Cached(newest, xml, Hashes.sha256(xml), editions.lastStored().orElse(null));
            cached = now;
        }
        return now;
    }

    /** The stable id of an issue's entry: same host, the day it first went out, its number. */
    String entryId(int issueNumber, Instant firstReleasedAt) {
        return "tag:" + site.host() + "," + firstReleasedAt.atOffset(ZoneOffset.UTC).toLocalDate() + ":issue-" + issueNumber;
    }

    private String build() {
        Publication publication = site.publication();
        List<Edition> newest = editions.findLatestOfEachIssueNewestChangeFirst(PageRequest.of(0, ENTRIES));
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(site.absolute("/archive"));
        feed.setTitle(publication.getName());
        feed.setDescription(publication.getTagline());
        feed.setAuthor(publication.getName());
        feed.setLinks(List.of(link("self", "application/atom+xml", site.absolute("/feed.atom")),
                link("alternate", "text/html", site.absolute("/archive"))));
        feed.setPublishedDate(Date.from(newest.isEmpty() ? Instant.EPOCH : newest.get(0).getReleasedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Edition edition : newest) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(entryId(edition.getIssueNumber(), edition.getFirstReleasedAt()));
            entry.setTitle(Issue.label(edition.getIssueNumber(), edition.getTitle())
                    + (edition.isCorrection() ? " (corrected)" : ""));
            entry.setLink(site.absolute(edition.permalink()));
            entry.setPublishedDate(Date.from(edition.getFirstReleasedAt()));
            entry.setUpdatedDate(Date.from(edition.getReleasedAt()));
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(articleOf(edition));
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The archive's feed could not be written", e);
        }
    }

    /** The edition's article with absolute links: a feed reader has no page to resolve them against. */
    private String articleOf(Edition edition) {
        Element article = Jsoup.parse(edition.getHtml()).selectFirst("article");
        if (article == null) {
            return "";
        }
        article.select("a[href^=/]").forEach(a -> a.attr("href", site.absolute(a.attr("href"))));
        return article.outerHtml();
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private record Cached(long newestEditionId, byte[] xml, String hash, Instant lastStored) {
    }
}
