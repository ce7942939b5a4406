package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestDatabase;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Edition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages answered from prepared bytes (PreparedPagesFilter) against what the controllers
 * and the public filter chain answer for the same request, over real HTTP: the same status, the same
 * headers (all of them, but the date of the answer) and the same bytes. The old path is asked with
 * an extra query parameter, which the controllers ignore and the filter leaves to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"masthead.test.database=prepared_pages", "server.forward-headers-strategy=native"})
@ActiveProfiles(resolver = TestDatabase.Test.class)
@Import(PreparedPagesIT.Watch.class)
class PreparedPagesIT {

    static final List<String> PREPARED = List.of("/archive/1", "/archive/1/email", "/archive/1/text",
            "/archive/1/editions/1", "/archive/1/editions/1/email", "/archive/1/editions/1/text",
            "/archive", "/archive?page=1", "/feed.atom", "/archive/archive.css", "/favicon.ico");

    /** How a request asks whether its copy is still good. */
    enum Condition { NONE, SAME_ETAG, ETAG_IN_A_LIST, WEAK_ETAG, STALE_ETAG, ANY, SAME_DATE, OLDER_DATE, NEWER_DATE, BEHIND_TLS }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    Desk desk;
    @Autowired
    PublicFixture fixture;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;
    @Autowired
    Watch watch;
    @Autowired
    Archive archive;

    @BeforeEach
    void twoIssuesTheFirstCorrected() {
        ServiceTest.useSecurityOf(securityStrategy);
        desk.reset();
        Edition first = fixture.released();
        fixture.corrected(first, "A corrected paragraph.", "A figure was wrong.");
        fixture.released();
        watch.seen.clear();
    }

    static Stream<Arguments> everyPreparedRequest() {
        List<Arguments> all = new ArrayList<>();
        for (String path : PREPARED) {
            for (String method : List.of("GET", "HEAD")) {
                for (Condition condition : Condition.values()) {
                    all.add(Arguments.of(method, path, condition));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyPreparedRequest")
    void a_prepared_answer_is_exactly_what_the_controllers_and_the_public_chain_answer(String method, String path,
                                                                                    Condition condition) throws Exception {
        Answer before = send(method, oldPath(path), condition, validatorsOf(oldPath(path)));
        Answer now = send(method, path, condition, validatorsOf(oldPath(path)));

        assertThat(now.status).as("status").isEqualTo(before.status);
        assertThat(now.headers).as("headers").isEqualTo(before.headers);
        assertThat(now.body).as("bytes").isEqualTo(before.body);
        assertThat(now.headers).as("no session").doesNotContainKey("set-cookie");
    }

    @Test
    void a_copy_with_the_current_etag_alone_in_a_list_or_weak_is_not_sent_again_and_a_stale_one_is() throws Exception {
        for (String path : List.of("/archive/1", "/archive/1/email", "/archive/1/text", "/archive", "/feed.atom")) {
            Map<String, List<String>> validators = validatorsOf(path);
            for (Condition condition : List.of(Condition.SAME_ETAG, Condition.ETAG_IN_A_LIST, Condition.WEAK_ETAG, Condition.SAME_DATE)) {
                if (condition == Condition.SAME_DATE && !validators.containsKey("last-modified")) {
                    continue;
                }
                Answer answer = send("GET", path, condition, validators);
                assertThat(answer.status).as(path + " " + condition).isEqualTo(304);
                assertThat(answer.body).as(path + " " + condition).isEmpty();
            }
            Answer stale = send("GET", path, Condition.STALE_ETAG, validators);
            assertThat(stale.status).as(path + " stale").isEqualTo(200);
            assertThat(stale.body).as(path + " stale").isNotEmpty();
        }
    }

    @Test
    void a_head_request_gets_the_headers_of_the_page_and_no_body() throws Exception {
        Answer get = send("GET", "/archive/1", Condition.NONE, Map.of());
        Answer head = send("HEAD", "/archive/1", Condition.NONE, Map.of());

        assertThat(head.status).isEqualTo(200);
        assertThat(head.body).isEmpty();
        assertThat(head.headers.get("content-length")).isEqualTo(List.of(String.valueOf(get.body.length)));
        assertThat(head.headers.get("etag")).isEqualTo(get.headers.get("etag"));
    }

    @Test
    void the_prepared_pages_are_answered_before_the_observation_the_security_chain_and_spring_mvc() throws Exception {
        for (String path : PREPARED) {
            assertThat(send("GET", path, Condition.NONE, Map.of()).status).as(path).isIn(200, 204);
        }

        assertThat(watch.seen).as("requests that went on past the prepared pages").isEmpty();
    }

    @Test
    void a_search_an_unknown_address_another_method_and_an_issue_not_released_go_on_to_the_controllers() throws Exception {
        assertThat(send("GET", "/archive?q=topics", Condition.NONE, Map.of()).status).isEqualTo(200);
        assertThat(send("GET", "/archive?page=2", Condition.NONE, Map.of()).status).isEqualTo(404);
        assertThat(send("GET", "/archive/99", Condition.NONE, Map.of()).status).isEqualTo(404);
        assertThat(send("GET", "/archive/1/editions/3", Condition.NONE, Map.of()).status).isEqualTo(404);
        assertThat(send("GET", "/archive/1/nothing", Condition.NONE, Map.of()).status).isEqualTo(404);
        assertThat(send("POST", "/archive/1", Condition.NONE, Map.of()).status).isEqualTo(405);

        assertThat(watch.seen).containsExactly("/archive", "/archive", "/archive/99", "/archive/1/editions/3",
                "/archive/1/nothing", "/archive/1");
    }

    @Test
    void a_correction_and_a_release_made_here_are_seen_at_once() throws Exception {
        Answer permalink = send("GET", "/archive/1", Condition.NONE, Map.of());
        Answer index = send("GET", "/archive", Condition.NONE, Map.of());

        Edition third = fixture.corrected(archive.latestEdition(1).orElseThrow(), "A second correction.", "Another figure.");
        fixture.released();

        Answer corrected = send("GET", "/archive/1", Condition.NONE, Map.of());
        assertThat(corrected.headers.get("etag")).isEqualTo(List.of("\"" + third.getContentHash() + "\""));
        assertThat(new String(corrected.body, StandardCharsets.UTF_8)).contains("A second correction.");
        assertThat(send("GET", "/archive/1", Condition.SAME_ETAG, validatorsOf(permalink)).status).isEqualTo(200);
        assertThat(new String(send("GET", "/archive", Condition.NONE, Map.of()).body, StandardCharsets.UTF_8))
                .contains("/archive/3").isNotEqualTo(new String(index.body, StandardCharsets.UTF_8));
        assertThat(new String(send("GET", "/feed.atom", Condition.NONE, Map.of()).body, StandardCharsets.UTF_8)).contains("issue-3");
    }

    @Test
    void a_correction_stored_by_another_node_is_seen_once_the_archive_version_has_been_checked_again() throws Exception {
        Answer permalink = send("GET", "/archive/1", Condition.NONE, Map.of());

        // Another node's correction: a row in the shared database, and no event on this node.
        desk.jdbc().update("""
                insert into editions (issue_id, issue_number, edition_no, title, released_at, markdown, html, content_hash,
                    email_html, plain_text, email_hash, text_hash, markdown_hash, correction_note, first_released_at, stored_at)
                select issue_id, issue_number, edition_no + 1, title, released_at, markdown,
                    replace(html, '</article>', '<p>Corrected on another node.</p></article>'), 'another-node',
                    email_html, plain_text, email_hash, text_hash, markdown_hash, 'elsewhere', first_released_at, current_timestamp
                from editions where issue_number = 1 and edition_no = 2""");

        Answer now = send("GET", "/archive/1", Condition.NONE, Map.of());
        assertThat(now.headers.get("etag")).isEqualTo(List.of("\"another-node\"")).isNotEqualTo(permalink.headers.get("etag"));
        assertThat(new String(now.body, StandardCharsets.UTF_8)).contains("Corrected on another node.");
        assertThat(send("GET", "/archive/1/editions/3", Condition.NONE, Map.of()).status).isEqualTo(200);
    }

    private static String oldPath(String path) {
        return path + (path.contains("?") ? "&" : "?") + "old";
    }

    private Map<String, List<String>> validatorsOf(String path) throws Exception {
        return validatorsOf(send("GET", path, Condition.NONE, Map.of()));
    }

    private static Map<String, List<String>> validatorsOf(Answer answer) {
        Map<String, List<String>> validators = new TreeMap<>();
        for (String name : List.of("etag", "last-modified")) {
            if (answer.headers.containsKey(name)) {
                validators.put(name, answer.headers.get(name));
            }
        }
        return validators;
    }

    private Answer send(String method, String path, Condition condition, Map<String, List<String>> validators) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        String etag = validators.getOrDefault("etag", List.of("\"none\"")).get(0);
        String date = validators.getOrDefault("last-modified", List.of("Mon, 30 Nov 2026 12:00:00 GMT")).get(0);
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
        return new Answer(response.statusCode(), headers, response.body());
    }

    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    }

    /** Notes every request that goes on past the prepared pages, where Spring Boot's observation filter stands. */
    @TestConfiguration
    static class Watch {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        FilterRegistrationBean<Filter> watchingAfterThePreparedPages() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                seen.add(((jakarta.servlet.http.HttpServletRequest) request).getRequestURI());
                chain.doFilter(request, response);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            registration.addUrlPatterns("/archive", "/archive/*", "/feed.atom", "/favicon.ico");
            return registration;
        }
    }
}
