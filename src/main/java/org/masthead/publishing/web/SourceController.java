package org.masthead.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.masthead.publishing.Archive;
import org.masthead.publishing.SourcePages;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archived copies of the sources an issue cites: {@code /archive/{n}/sources/{k}}, a page in the
 * archive's layout (on the public chain, under its policy: no script), and {@code …/raw}, the captured
 * bytes, which are the source's and not ours: served under {@code Content-Security-Policy: sandbox}
 * (no script, no same origin, even in a PDF viewer), {@code nosniff}, and as a download unless they
 * are a PDF or an image.
 */
@RestController
class SourceController {

    static final String SANDBOX = "sandbox";
    private static final String SOURCE = "/archive/{number:\\d{1,9}}/sources/{source:\\d{1,6}}";

    private final SourcePages pages;
    private final Archive archive;

    SourceController(SourcePages pages, Archive archive) {
        this.pages = pages;
        this.archive = archive;
    }

    @GetMapping(SOURCE)
    ResponseEntity<byte[]> page(@PathVariable int number, @PathVariable int source) {
        return pages.page(number, source)
                .map(html -> ResponseEntity.ok().contentType(ArchiveController.HTML).cacheControl(CacheControl.noCache())
                        .body(html.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(ArchiveController.HTML)
                        .body(archive.notFoundPage(number).getBytes(StandardCharsets.UTF_8)));
    }

    @GetMapping(SOURCE + "/raw")
    ResponseEntity<byte[]> raw(@PathVariable int number, @PathVariable int source) {
        return pages.raw(number, source).map(raw -> {
            ContentDisposition disposition = (raw.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                    .filename(raw.name()).build();
            MediaType type = raw.inline() ? MediaType.parseMediaType(raw.contentType()) : MediaType.APPLICATION_OCTET_STREAM;
            return ResponseEntity.ok().contentType(type)
                    .header("Content-Security-Policy", SANDBOX)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", disposition.toString())
                    .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                    .body(raw.bytes());
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(ArchiveController.TEXT)
                .body("No captured file here.".getBytes(StandardCharsets.UTF_8)));
    }
}
