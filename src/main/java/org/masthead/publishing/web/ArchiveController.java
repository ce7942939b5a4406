package org.masthead.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Edition;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public side: plain Spring MVC on a stateless filter chain, answering from frozen editions.
 * No Vaadin, no session, no JavaScript.
 */
@RestController
class ArchiveController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Archive archive;
    private final byte[] stylesheet;

    ArchiveController(Archive archive) throws java.io.IOException {
        this.archive = archive;
        this.stylesheet = StreamUtils.copyToByteArray(new ClassPathResource("archive/archive.css").getInputStream());
    }

    @GetMapping("/archive")
    ResponseEntity<String> index() {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(archive.indexPage());
    }

    @GetMapping("/archive/{number:\\d{1,9}}")
    ResponseEntity<byte[]> edition(@PathVariable int number, WebRequest request) {
        Edition edition = archive.latestEdition(number).orElse(null);
        if (edition == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .body(archive.notFoundPage(number).getBytes(StandardCharsets.UTF_8));
        }
        String etag = "\"" + edition.getContentHash() + "\"";
        if (request.checkNotModified(etag, edition.getReleasedAt().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache())
                .eTag(etag).lastModified(edition.getReleasedAt()).body(edition.htmlBytes());
    }

    @GetMapping("/archive/archive.css")
    ResponseEntity<byte[]> stylesheet() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(stylesheet);
    }
}
