package org.masthead.publishing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where readers find the public side: emails, the feed and the text edition need absolute addresses. */
@Component
class PublicSite {

    private final String baseUrl;

    PublicSite(@Value("${masthead.public-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    String baseUrl() {
        return baseUrl;
    }

    String absolute(String path) {
        return baseUrl + path;
    }

    /** The host part, the authority of our tag: URIs. */
    String host() {
        return java.net.URI.create(baseUrl).getHost();
    }
}
