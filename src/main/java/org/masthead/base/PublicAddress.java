package org.masthead.base;

import org.springframework.stereotype.Component;

/**
 * Where readers reach the public side ({@code masthead.public-url}), read in this one place:
 * mails, the feed and the text edition need absolute addresses, always written the same way.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(PublicSettings settings) {
        this.base = settings.publicUrl().strip().replaceAll("/+$", "");
    }

    /** "https://news.example.org", without a trailing slash. */
    public String base() {
        return base;
    }

    /** The absolute address of a path on the public side ("/archive/3" or "archive/3"). */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
