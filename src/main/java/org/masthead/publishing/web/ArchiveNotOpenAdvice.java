package org.masthead.publishing.web;

import java.nio.charset.StandardCharsets;
import org.masthead.publishing.ArchiveNotOpenException;
import org.masthead.publishing.PublicPages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Before a publication is set up, every public address answers 503 with Retry-After and says the
 * archive is not open yet. 503 rather than 404: the state is temporary by nature, and crawlers and
 * feed readers keep the address and come back instead of dropping it. Nothing is logged: it is not a fault.
 */
@RestControllerAdvice(assignableTypes = {ArchiveController.class, FeedController.class})
class ArchiveNotOpenAdvice {

    /** Seconds to wait before asking again: setting up a publication is a person's first sign-in, not a restart. */
    static final String RETRY_AFTER = "300";

    private final PublicPages pages;

    ArchiveNotOpenAdvice(PublicPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ArchiveNotOpenException.class)
    ResponseEntity<byte[]> notOpen() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .contentType(ArchiveController.HTML).cacheControl(CacheControl.noStore())
                .body(pages.notOpen().getBytes(StandardCharsets.UTF_8));
    }
}
