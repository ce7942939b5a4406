package org.masthead.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Archive.Format;
import org.masthead.publishing.EditionKey;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public side: plain Spring MVC on a stateless filter chain, answering from frozen editions.
 * No Vaadin, no session, no JavaScript. Every edition format carries its content hash as ETag and
 * the time it was stored as Last-Modified, so a repeat request is answered with 304.
 */
@RestController
class ArchiveController {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    private static final String NUMBER = "{number:\\d{1,9}}";
    private static final String EDITION = "/editions/{edition:\\d{1,4}}";

    private final Archive archive;
    private final byte[] stylesheet;

    ArchiveController(Archive archive) throws java.io.IOException {
        this.archive = archive;
        this.stylesheet = StreamUtils.copyToByteArray(new ClassPathResource("archive/archive.css").getInputStream());
    }

    /**
     * The index is rendered per request (one small query); its ETag is the hash of what it says.
     * A page past the last one is not there (404) rather than the last page again: its address would
     * show what another address shows, and a link to it is stale.
     */
    @GetMapping("/archive")
    ResponseEntity<byte[]> index(@RequestParam(name = "q", required = false) String query,
                                 @RequestParam(name = "page", required = false) String page, WebRequest request) {
        byte[] body = archive.indexPage(query, pageNumber(page))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).eTag(etag).body(body);
    }

    @GetMapping("/archive/" + NUMBER)
    ResponseEntity<byte[]> edition(@PathVariable int number, WebRequest request) {
        return serve(number, null, Format.WEB, request);
    }

    @GetMapping("/archive/" + NUMBER + "/email")
    ResponseEntity<byte[]> email(@PathVariable int number, WebRequest request) {
        return serve(number, null, Format.EMAIL, request);
    }

    @GetMapping("/archive/" + NUMBER + "/text")
    ResponseEntity<byte[]> text(@PathVariable int number, WebRequest request) {
        return serve(number, null, Format.TEXT, request);
    }

    @GetMapping("/archive/" + NUMBER + EDITION)
    ResponseEntity<byte[]> earlierEdition(@PathVariable int number, @PathVariable int edition, WebRequest request) {
        return serve(number, edition, Format.WEB, request);
    }

    @GetMapping("/archive/" + NUMBER + EDITION + "/email")
    ResponseEntity<byte[]> earlierEmail(@PathVariable int number, @PathVariable int edition, WebRequest request) {
        return serve(number, edition, Format.EMAIL, request);
    }

    @GetMapping("/archive/" + NUMBER + EDITION + "/text")
    ResponseEntity<byte[]> earlierText(@PathVariable int number, @PathVariable int edition, WebRequest request) {
        return serve(number, edition, Format.TEXT, request);
    }

    @GetMapping("/archive/archive.css")
    ResponseEntity<byte[]> stylesheet() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(stylesheet);
    }

    /**
     * The site has no icon; every browser asks for one after an archive page. Answered here, on
     * the public side, with "nothing" (kept a day): left to the desk's Vaadin servlet, that request
     * built a session for every reader.
     */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> noIcon() {
        return ResponseEntity.noContent().cacheControl(CacheControl.maxAge(Duration.ofDays(1))).build();
    }

    /**
     * Any other address under /archive is not in the archive. Without this, no controller would
     * take it and the desk's Vaadin servlet would answer with its start page and a new session.
     */
    @GetMapping("/archive/**")
    void unknownAddress() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /**
     * The index page asked for, counted from 1: only digits, as the pager writes them (no sign, no
     * hexadecimal). A number too long for an int is simply past the last page.
     */
    static int pageNumber(String page) {
        if (page == null || page.isEmpty()) {
            return 1;
        }
        String digits = page.replaceFirst("^0+", "");
        if (!page.matches("\\d+") || digits.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A page is a whole number from 1");
        }
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private ResponseEntity<byte[]> serve(int number, Integer editionNo, Format format, WebRequest request) {
        Optional<EditionKey> found = archive.key(number, editionNo);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .body(archive.notFoundPage(number).getBytes(StandardCharsets.UTF_8));
        }
        EditionKey key = found.get();
        String hash = switch (format) {
            case WEB -> key.webHash();
            case EMAIL -> key.emailHash();
            case TEXT -> key.textHash();
        };
        String etag = "\"" + hash + "\"";
        if (request.checkNotModified(etag, key.storedAt().toEpochMilli())) {
            return null;
        }
        // The permalink moves on with a correction, so caches ask again; one edition's address never changes.
        CacheControl cache = editionNo == null ? CacheControl.noCache() : CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
        return ResponseEntity.ok().contentType(format == Format.TEXT ? TEXT : HTML).cacheControl(cache)
                .eTag(etag).lastModified(key.storedAt()).body(archive.bytes(key, format));
    }
}
