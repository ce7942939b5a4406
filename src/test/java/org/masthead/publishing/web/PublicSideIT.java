package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a reader (or a crawler, or a script) meets on the public side of a running server when it
 * asks for something that is not there, asks wrongly, or asks too early: a status that says so,
 * the archive's own page, no session, and at most one log line (real Tomcat, real HTTP).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "masthead.test.database=public_side")
@ActiveProfiles(resolver = TestDatabase.Test.class)
@ExtendWith(OutputCaptureExtension.class)
class PublicSideIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    Desk desk;
    @Autowired
    PublicFixture fixture;
    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    @BeforeEach
    void oneReleasedIssue() {
        ServiceTest.useSecurityOf(securityStrategy);
        desk.reset();
        assertThat(fixture.released().getIssueNumber()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1} answers {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /archive?page=107374184                   | 404
            GET    | /archive?page=2147483647                  | 404
            GET    | /archive?page=99999999999999999999        | 404
            GET    | /archive?page=2                           | 404
            GET    | /archive?q=nothing-like-this&page=3       | 404
            GET    | /archive?page=abc                         | 400
            GET    | /archive?page=-1                          | 400
            GET    | /archive?page=0                           | 400
            GET    | /archive?page=1.5                         | 400
            GET    | /archive?page=0x10                        | 400
            GET    | /archive?page=1&page=2                    | 400
            GET    | /archive/99                               | 404
            GET    | /archive/abc                              | 404
            GET    | /archive/1234567890                       | 404
            GET    | /archive/1/nothing                        | 404
            GET    | /archive/1/editions/x                     | 404
            GET    | /archive/1/editions/0                     | 404
            GET    | /archive/1/editions/99999                 | 404
            GET    | /archive/1/editions/1/nothing             | 404
            GET    | /archive/nothing/email                    | 404
            GET    | /archive/nothing/editions/1/email         | 404
            GET    | /archive/VAADIN/build/x.js                | 404
            GET    | /archive//1                               | 400
            GET    | /archive;x=1                              | 400
            GET    | /archive/1;jsessionid=abc                 | 400
            GET    | /archive/1/../2                           | 400
            GET    | /archive/%25                              | 400
            POST   | /archive                                  | 405
            PUT    | /archive/1                                | 405
            DELETE | /archive/1/text                           | 405
            POST   | /archive/1/email                          | 405
            POST   | /archive/1/editions/1/email               | 405
            PATCH  | /archive/archive.css                      | 405
            POST   | /feed.atom                                | 405
            POST   | /archive/nothing                          | 405
            """)
    void a_request_the_archive_cannot_answer_gets_its_status_and_the_public_page(String method, String path, int status,
                                                                                 CapturedOutput output) throws Exception {
        int logBefore = output.getAll().length();

        HttpResponse<String> response = send(method, path);

        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(status);
        assertIsThePublicPage(response);
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies").noneMatch(c -> c.startsWith("JSESSIONID"));
        if (status == 405) {
            assertThat(response.headers().firstValue("Allow")).as("Allow").hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        }
        assertAtMostOneLineWithoutStackTrace(output.getAll().substring(logBefore));
    }

    @Test
    void the_pages_that_exist_still_answer() throws Exception {
        for (String path : List.of("/archive", "/archive?page=1", "/archive?page=", "/archive?q=topics", "/archive/1",
                "/archive/1/text", "/archive/1/email", "/archive/1/editions/1", "/archive/1/editions/1/email",
                "/archive/1/editions/1/text", "/archive/archive.css", "/feed.atom")) {
            assertThat(send("GET", path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void the_browsers_request_for_the_sites_icon_after_an_archive_page_gets_nothing_and_builds_no_session() throws Exception {
        HttpResponse<String> response = send("GET", "/favicon.ico");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void before_anyone_has_set_up_a_publication_every_public_address_says_the_archive_is_not_open_yet(CapturedOutput output)
            throws Exception {
        desk.emptyEveryTable();
        int logBefore = output.getAll().length();

        for (String path : List.of("/archive", "/archive?q=topics", "/archive/1", "/archive/1/text", "/archive/1/email",
                "/archive/1/editions/1", "/feed.atom")) {
            HttpResponse<String> response = send("GET", path);

            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).as(path + " Retry-After").isPresent();
            assertIsThePublicPage(response);
            assertThat(response.body()).contains("This archive is not open yet");
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(output.getAll().substring(logBefore)).doesNotContain("ERROR").doesNotContain("Exception");
    }

    @Test
    void while_the_application_is_still_starting_the_public_side_asks_readers_to_come_back_in_a_few_seconds(CapturedOutput output)
            throws Exception {
        desk.emptyEveryTable(); // as at the first start: the demo content is still being written
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            int logBefore = output.getAll().length();
            for (String path : List.of("/archive", "/archive/1", "/archive/1/email", "/feed.atom")) {
                HttpResponse<String> response = send("GET", path);

                assertThat(response.statusCode()).as(path).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("5");
                assertIsThePublicPage(response);
                assertThat(response.body()).contains("The archive is starting; try again in a few seconds.");
                assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
            assertThat(output.getAll().substring(logBefore)).doesNotContain("ERROR").doesNotContain("Exception");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    /** The archive's own page: its stylesheet, its masthead, a sentence and a way back to the archive. */
    private static void assertIsThePublicPage(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/archive/archive.css");
        assertThat(page.select("header.masthead")).hasSize(1);
        assertThat(page.select("main h1").text()).isNotBlank();
        assertThat(page.select("main p").text()).isNotBlank();
        assertThat(page.select("main a").eachAttr("href")).contains("/archive");
    }

    private static void assertAtMostOneLineWithoutStackTrace(String log) {
        List<String> lines = Arrays.stream(log.split("\\R")).filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("log lines of the request").hasSizeLessThanOrEqualTo(1)
                .noneMatch(line -> line.stripLeading().startsWith("at "));
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
