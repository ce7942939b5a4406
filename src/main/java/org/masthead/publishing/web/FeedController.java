package org.masthead.publishing.web;

import java.nio.charset.StandardCharsets;
import org.masthead.publishing.AtomFeed;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The archive's Atom feed, for feed readers: public, stateless, with validators like every public page. */
@RestController
class FeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final AtomFeed feed;

    FeedController(AtomFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> feed(WebRequest request) {
        byte[] xml = feed.xml();
        String etag = "\"" + feed.hash() + "\"";
        long lastModified = feed.lastModified().map(java.time.Instant::toEpochMilli).orElse(-1L);
        if (request.checkNotModified(etag, lastModified)) {
            return null;
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).eTag(etag);
        if (lastModified >= 0) {
            ok.lastModified(lastModified);
        }
        return ok.body(xml);
    }
}
