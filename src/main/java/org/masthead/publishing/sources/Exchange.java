package org.masthead.publishing.sources;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request and its answer, as sent and received: what a WARC request and response record hold.
 *
 * @param rawBody the body as it came (still gzipped if the server sent it so)
 * @param body    the body unpacked, what a reader is shown
 */
record Exchange(URI uri, String address, Instant at, List<Map.Entry<String, String>> requestHeaders, int status,
                String reason, List<Map.Entry<String, String>> responseHeaders, byte[] rawBody, byte[] body) {

    String header(String name) {
        return responseHeaders.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    String contentType() {
        return header("Content-Type");
    }

    boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && header("Location") != null;
    }
}
