package org.masthead.publishing.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Plain HTTP/1.1 requests to the public side of a running server, asking (or not) whether a copy is still good. */
final class PublicHttp {

    /** How a request asks whether its copy is still good. */
    enum Condition { NONE, SAME_ETAG, ETAG_IN_A_LIST, WEAK_ETAG, STALE_ETAG, ANY, SAME_DATE, OLDER_DATE, NEWER_DATE, BEHIND_TLS }

    /** What came back: the headers by lower-case name, without the date of the answer and the connection's own. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        List<String> etag() {
            return headers.get("etag");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    PublicHttp(int port) {
        this.port = port;
    }

    Answer get(String path) throws Exception {
        return send("GET", path, Condition.NONE, new Answer(0, Map.of(), new byte[0]));
    }

    /** The request, asking with the validators of {@code earlier} as the condition says. */
    Answer send(String method, String path, Condition condition, Answer earlier) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        String etag = earlier.headers().getOrDefault("etag", List.of("\"none\"")).get(0);
        String date = earlier.headers().getOrDefault("last-modified", List.of("Mon, 30 Nov 2026 12:00:00 GMT")).get(0);
        ZonedDateTime when = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
        switch (condition) {
            case SAME_ETAG -> request.header("If-None-Match", etag);
            case ETAG_IN_A_LIST -> request.header("If-None-Match", "\"older\", " + etag + ",W/\"other\"");
            case WEAK_ETAG -> request.header("If-None-Match", "W/" + etag);
            case STALE_ETAG -> request.header("If-None-Match", "\"stale\"");
            case ANY -> request.header("If-None-Match", "*");
            case SAME_DATE -> request.header("If-Modified-Since", date);
            case OLDER_DATE -> request.header("If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(when.minusDays(1)));
            case NEWER_DATE -> request.header("If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(when.plusDays(1)));
            case BEHIND_TLS -> request.header("X-Forwarded-Proto", "https");
            case NONE -> { }
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        // The connection's, not the page's: Tomcat closes a kept-alive connection after its 100th request, whoever answers.
        headers.remove("connection");
        return new Answer(response.statusCode(), headers, response.body());
    }
}
