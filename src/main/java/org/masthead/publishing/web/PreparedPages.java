package org.masthead.publishing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Archive.Format;
import org.masthead.publishing.ArchiveNotOpenException;
import org.masthead.publishing.AtomFeed;
import org.masthead.publishing.EditionKey;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.StreamUtils;

/**
 * The public pages that answer from what the archive already keeps, prepared once per version of
 * the archive (ArchiveVersion: a release or a correction on any node starts a new one, exactly
 * when Archive's own caches are emptied). Only what exists is prepared: for anything else (an
 * issue not released, a page past the last, the archive not open) there is no answer here, and
 * the controllers answer as they always have.
 */
@Component
class PreparedPages {

    /**
     * More addresses than that in one version (someone walking every number): start again rather
     * than grow. As many as Archive keeps texts, so the bytes held here are mostly the same arrays.
     */
    private static final int MOST = 500;

    private final Archive archive;
    private final AtomFeed feed;
    private final PreparedAnswer stylesheet;
    private final PreparedAnswer noIcon;
    private volatile Generation current = new Generation(Long.MIN_VALUE);

    PreparedPages(Archive archive, AtomFeed feed) throws IOException {
        this.archive = archive;
        this.feed = feed;
        byte[] css = StreamUtils.copyToByteArray(new ClassPathResource("archive/archive.css").getInputStream());
        this.stylesheet = answer(200, "text/css;charset=UTF-8", css, null, null, -1,
                CacheControl.maxAge(Duration.ofHours(1)), false);
        this.noIcon = answer(204, null, new byte[0], null, null, -1, CacheControl.maxAge(Duration.ofDays(1)), false);
    }

    PreparedAnswer stylesheet() {
        return stylesheet;
    }

    PreparedAnswer noIcon() {
        return noIcon;
    }

    /** An edition in one format (editionNo null: the permalink, the newest edition), if it is released. */
    PreparedAnswer edition(String address, int number, Integer editionNo, Format format) {
        return prepared(address, () -> archive.key(number, editionNo).map(key -> edition(key, editionNo, format)));
    }

    /** A page of the index without a search, if there is such a page. */
    PreparedAnswer index(int page) {
        return prepared("index " + page, () -> archive.indexPage(null, page).map(html -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            return answer(200, ArchiveController.HTML.toString(), body, "\"" + DigestUtils.md5DigestAsHex(body) + "\"",
                    null, -1, CacheControl.noCache(), false);
        }));
    }

    /** The Atom feed, with the date of the newest edition while there is one. */
    PreparedAnswer feed() {
        return prepared("feed", () -> {
            byte[] xml = feed.xml();
            Optional<Instant> stored = feed.lastModified();
            return Optional.of(answer(200, FeedController.ATOM.toString(), xml, "\"" + feed.hash() + "\"",
                    stored.orElse(null), stored.map(Instant::toEpochMilli).orElse(-1L), CacheControl.noCache(), false));
        });
    }

    private PreparedAnswer edition(EditionKey key, Integer editionNo, Format format) {
        String hash = switch (format) {
            case WEB -> key.webHash();
            case EMAIL -> key.emailHash();
            case TEXT -> key.textHash();
        };
        // The permalink moves on with a correction, so caches ask again; one edition's address never changes.
        CacheControl cache = editionNo == null ? CacheControl.noCache() : CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
        String type = (format == Format.TEXT ? ArchiveController.TEXT : ArchiveController.HTML).toString();
        return answer(200, type, archive.bytes(key, format), "\"" + hash + "\"", key.storedAt(),
                key.storedAt().toEpochMilli(), cache, format == Format.EMAIL);
    }

    private PreparedAnswer prepared(String address, Preparation preparation) {
        Generation generation = generation();
        PreparedAnswer known = generation.answers.get(address);
        if (known != null) {
            return known;
        }
        Optional<PreparedAnswer> made;
        try {
            made = preparation.prepare();
        } catch (ArchiveNotOpenException notOpen) {
            return null;
        }
        if (made.isEmpty()) {
            return null;
        }
        if (generation.answers.size() >= MOST) {
            generation.answers.clear();
        }
        generation.answers.put(address, made.get());
        return made.get();
    }

    /** The answers prepared for the archive as it is now; a new, empty set whenever it has changed. */
    private Generation generation() {
        long version = archive.newestEditionId();
        Generation now = current;
        if (now.version != version) {
            now = new Generation(version);
            current = now;
        }
        return now;
    }

    private static PreparedAnswer answer(int status, String type, byte[] body, String etag, Instant lastModified,
                                         long lastModifiedMillis, CacheControl cache, boolean email) {
        HttpHeaders dates = new HttpHeaders();
        if (lastModified != null) {
            dates.setLastModified(lastModified);
        }
        String date = dates.getFirst(HttpHeaders.LAST_MODIFIED);
        List<Map.Entry<String, String>> validators = new ArrayList<>();
        if (etag != null) {
            validators.add(Map.entry(HttpHeaders.ETAG, etag));
        }
        if (date != null) {
            validators.add(Map.entry(HttpHeaders.LAST_MODIFIED, date));
        }
        List<Map.Entry<String, String>> own = new ArrayList<>(validators);
        own.add(0, Map.entry(HttpHeaders.CACHE_CONTROL, cache.getHeaderValue()));
        return new PreparedAnswer(status, type, body, etag, date, lastModifiedMillis,
                PublicHeaders.of(email, own), PublicHeaders.of(email, validators));
    }

    @FunctionalInterface
    private interface Preparation {
        Optional<PreparedAnswer> prepare();
    }

    private record Generation(long version, Map<String, PreparedAnswer> answers) {
        Generation(long version) {
            this(version, new ConcurrentHashMap<>());
        }
    }
}
