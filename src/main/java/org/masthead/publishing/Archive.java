package org.masthead.publishing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.markdown.TextHygiene;
import org.masthead.issue.Publication;
import org.masthead.mailing.web.SignUpForm;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * The public archive: released editions, readable by anyone. Reads only frozen editions, and
 * answers from bytes prepared at release: an edition's texts never change, so once read they
 * are kept in memory by edition id, which stays right on every node whatever happens later.
 */
@Service
public class Archive {

    public static final int PAGE_SIZE = 20;
    public static final int QUERY_MAX = 200;
    /**
     * The last page whose first entry's position still fits the database's row offset (an int):
     * any page after it is past the last page of any archive, and asking for it would overflow.
     */
    static final int LAST_POSSIBLE_PAGE = Integer.MAX_VALUE / PAGE_SIZE;
    private static final int CACHED_TEXTS = 500;

    /** The formats of an edition on the public side. */
    public enum Format { WEB, EMAIL, TEXT }

    private final EditionRepository editions;
    private final EditionRenderer renderer;
    private final PublicSite site;
    private final ArchiveVersion version;
    private final ArchiveSearch search;
    /** Which edition each permalink (or edition address) shows, as of {@link #keysOf}. */
    private final Map<String, EditionKey> keys = new ConcurrentHashMap<>();
    private final Map<Integer, String> indexPages = new ConcurrentHashMap<>();
    private volatile long preparedFor = -1;
    private final Map<String, byte[]> texts = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED_TEXTS;
        }
    });

    Archive(EditionRepository editions, EditionRenderer renderer, PublicSite site, ArchiveVersion version, ArchiveSearch search) {
        this.editions = editions;
        this.renderer = renderer;
        this.site = site;
        this.version = version;
        this.search = search;
    }

    @Transactional(readOnly = true)
    public Optional<Edition> latestEdition(int issueNumber) {
        return editions.findFirstByIssueNumberOrderByEditionNoDesc(issueNumber);
    }

    @Transactional(readOnly = true)
    public List<Edition> released() {
        return editions.findLatestOfEachIssue();
    }

    /** Every edition of the issue, the first first. */
    @Transactional(readOnly = true)
    public List<Edition> editionsOf(int issueNumber) {
        return editions.findByIssueNumberOrderByEditionNoAsc(issueNumber);
    }

    /** The newest edition of the issue (what its permalink shows), or a given one. */
    public Optional<EditionKey> key(int issueNumber, Integer editionNo) {
        String address = editionNo == null ? String.valueOf(issueNumber) : issueNumber + "/" + editionNo;
        EditionKey known = keysOf(version.current()).get(address);
        if (known != null) {
            return Optional.of(known);
        }
        // Only what exists is remembered: addresses of issues not (yet) released are asked for each time.
        Optional<EditionKey> found = editionNo == null ? editions.latestKey(issueNumber) : editions.key(issueNumber, editionNo);
        found.ifPresent(key -> keys.put(address, key));
        return found;
    }

    /** What this node prepared, emptied whenever an edition has been added anywhere since. */
    private Map<String, EditionKey> keysOf(long newest) {
        if (newest != preparedFor) {
            keys.clear();
            indexPages.clear();
            preparedFor = newest;
        }
        return keys;
    }

    /** The edition in one format, exactly as stored at release. */
    public byte[] bytes(EditionKey key, Format format) {
        // Keyed by what the bytes are (their hash), not only by the row: a database restored from a
        // backup, or emptied and filled again, can give a new edition the id of one this node read before.
        String hash = switch (format) {
            case WEB -> key.webHash();
            case EMAIL -> key.emailHash();
            case TEXT -> key.textHash();
        };
        return texts.computeIfAbsent(key.id() + ":" + format + ":" + hash, k -> (switch (format) {
            case WEB -> editions.htmlOf(key.id());
            case EMAIL -> editions.emailOf(key.id());
            case TEXT -> editions.textOf(key.id());
        }).getBytes(StandardCharsets.UTF_8));
    }

    /** The newest edition's id: changes whenever anything is released or corrected. */
    public long newestEditionId() {
        return version.current();
    }

    /**
     * The archive's index page: every released issue newest first, or those that contain every word
     * and phrase of {@code query}, most relevant first with a snippet each ({@link ArchiveSearch}).
     * Pages count from 1; past the last page there is none (page 1 always is).
     */
    public Optional<String> indexPage(String query, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("Pages count from 1, not " + page);
        }
        if (page > LAST_POSSIBLE_PAGE) {
            return Optional.empty();
        }
        // What a reader can type: control characters (%00 in an address, which PostgreSQL refuses
        // in a text parameter) are nobody's search.
        String q = TextHygiene.clean(query).strip();
        if (q.isEmpty() && page <= 100) {
            keysOf(version.current());
            return Optional.ofNullable(indexPages.computeIfAbsent(page, p -> renderIndex("", p).orElse(null)));
        }
        return renderIndex(q, page);
    }

    private Optional<String> renderIndex(String query, int page) {
        Publication publication = site.publication();
        String q = query;
        if (q.length() > QUERY_MAX) {
            q = TextHygiene.clean(q.substring(0, QUERY_MAX));
        }
        PageRequest request = PageRequest.of(page - 1, PAGE_SIZE);
        ArchiveSearch.Found searched = q.isEmpty() ? null : search.find(q, page);
        Page<ArchiveSearch.Hit> found = searched == null
                ? editions.index(request).map(entry -> new ArchiveSearch.Hit(entry, null))
                : new PageImpl<>(searched.hits(), request, searched.total());
        if (page > 1 && page > found.getTotalPages()) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder("<h1>Archive</h1>")
                .append("<form class=\"search\" action=\"/archive\" method=\"get\" role=\"search\">")
                .append("<label for=\"q\">Search every issue</label> <input id=\"q\" name=\"q\" type=\"search\" maxlength=\"")
                .append(QUERY_MAX).append("\" value=\"").append(htmlEscape(q)).append("\"> <button type=\"submit\">Search</button></form>");
        if (searched != null && !searched.ready()) {
            body.append("<p class=\"meta\">The search is starting up: please try again in a moment. <a href=\"/archive\">Every issue</a></p>");
        } else if (searched != null) {
            long n = found.getTotalElements();
            body.append("<p class=\"meta\">").append(n == 0 ? "No issue" : n == 1 ? "One issue" : n + " issues")
                    .append(n > 1 ? " contain" : " contains").append(" “").append(htmlEscape(q)).append("”. <a href=\"/archive\">Every issue</a></p>");
        } else if (found.getTotalElements() == 0) {
            body.append("<p>Nothing has been released yet.</p>");
        }
        if (found.hasContent()) {
            body.append("<ol class=\"archive\">");
            for (ArchiveSearch.Hit hit : found) {
                ArchiveEntry entry = hit.entry();
                body.append("<li><a href=\"").append(entry.permalink()).append("\">No. ").append(entry.issueNumber())
                        .append(": ").append(htmlEscape(entry.title())).append("</a> <span class=\"meta\">")
                        .append(EditionRenderer.date(entry.firstReleasedAt(), publication.getTimeZone()))
                        .append(entry.isCorrected() ? " · corrected" : "").append("</span>");
                if (hit.snippet() != null && !hit.snippet().isEmpty()) {
                    // Escaped by MarkedSnippets, all but its own <mark>s.
                    body.append("<p class=\"snippet\">").append(hit.snippet()).append("</p>");
                }
                body.append("</li>");
            }
            body.append("</ol>");
        }
        body.append(pager(found, q));
        body.append(SignUpForm.html());
        return Optional.of(renderer.page(publication, publication.getName() + " · Archive", body.toString()));
    }

    public String notFoundPage(int issueNumber) {
        Publication publication = site.publication();
        return renderer.page(publication, "Not in the archive", "<h1>Not in the archive</h1><p>There is no released issue "
                + issueNumber + ", or not in that edition. <a href=\"/archive\">See every released issue.</a></p>");
    }

    /** Last-Modified of the whole archive: when the newest edition was stored. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastStored() {
        return editions.lastStored();
    }

    private static String pager(Page<?> found, String q) {
        if (found.getTotalPages() <= 1) {
            return "";
        }
        String search = q.isEmpty() ? "" : "q=" + UriUtils.encodeQueryParam(q, StandardCharsets.UTF_8) + "&amp;";
        StringBuilder nav = new StringBuilder("<nav class=\"pages\" aria-label=\"Pages\"><p>");
        if (found.hasPrevious()) {
            nav.append("<a rel=\"prev\" href=\"/archive?").append(search).append("page=").append(found.getNumber())
                    .append("\">Newer issues</a> ");
        }
        nav.append("<span class=\"meta\">Page ").append(found.getNumber() + 1).append(" of ").append(found.getTotalPages()).append("</span>");
        if (found.hasNext()) {
            nav.append(" <a rel=\"next\" href=\"/archive?").append(search).append("page=").append(found.getNumber() + 2)
                    .append("\">Older issues</a>");
        }
        return nav.append("</p></nav>").toString();
    }
}
