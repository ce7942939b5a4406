package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestDatabase;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Edition;
import org.masthead.publishing.web.PublicHttp.Answer;
import org.masthead.publishing.web.PublicHttp.Condition;
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
 * The public pages answered from prepared bytes (PreparedPagesFilter), over real HTTP: before any
 * other filter, revalidated by ETag and date, renewed by a release or a correction made here or
 * elsewhere, and everything they do not answer left to the controllers. (That each answer equals
 * the controllers' own: PreparedPagesParityIT.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"masthead.test.database=prepared_pages", "server.forward-headers-strategy=native"})
@ActiveProfiles(resolver = TestDatabase.Test.class)
@Import(PreparedPagesIT.Watch.class)
class PreparedPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    Desk desk;
    @Autowired
    PublicFixture fixture;
    @Autowired
    Archive archive;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;
    @Autowired
    Watch watch;

    private PublicHttp http;

    @BeforeEach
    void twoIssuesTheFirstCorrected() {
        ServiceTest.useSecurityOf(securityStrategy);
        desk.reset();
        fixture.twoIssuesTheFirstCorrected();
        http = new PublicHttp(port);
        watch.seen.clear();
    }

    @Test
    void a_copy_with_the_current_etag_alone_in_a_list_or_weak_is_not_sent_again_and_a_stale_one_is() throws Exception {
        for (String path : List.of("/archive/1", "/archive/1/email", "/archive/1/text", "/archive/1/editions/1", "/archive",
                "/feed.atom")) {
            Answer page = http.get(path);
            for (Condition condition : List.of(Condition.SAME_ETAG, Condition.ETAG_IN_A_LIST, Condition.WEAK_ETAG, Condition.SAME_DATE)) {
                if (condition == Condition.SAME_DATE && !page.headers().containsKey("last-modified")) {
                    continue;
                }
                Answer answer = http.send("GET", path, condition, page);
                assertThat(answer.status()).as(path + " " + condition).isEqualTo(304);
                assertThat(answer.body()).as(path + " " + condition).isEmpty();
                assertThat(answer.etag()).as(path + " " + condition).isEqualTo(page.etag());
            }
            Answer stale = http.send("GET", path, Condition.STALE_ETAG, page);
            assertThat(stale.status()).as(path + " stale").isEqualTo(200);
            assertThat(stale.body()).as(path + " stale").isEqualTo(page.body());
        }
        assertThat(watch.seen).as("requests that went on past the prepared pages").isEmpty();
    }

    @Test
    void a_head_request_gets_the_headers_of_the_page_and_no_body() throws Exception {
        Answer get = http.get("/archive/1");
        Answer head = http.send("HEAD", "/archive/1", Condition.NONE, get);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().get("content-length")).isEqualTo(List.of(String.valueOf(get.body().length)));
        assertThat(head.etag()).isEqualTo(get.etag());
    }

    @Test
    void the_prepared_pages_are_answered_before_the_observation_the_security_chain_and_spring_mvc() throws Exception {
        for (String path : PreparedPagesParityIT.PREPARED) {
            Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isIn(200, 204);
            assertThat(answer.headers()).as(path).doesNotContainKey("set-cookie");
        }

        assertThat(watch.seen).as("requests that went on past the prepared pages").isEmpty();
    }

    @Test
    void a_search_an_unknown_address_another_method_and_an_issue_not_released_go_on_to_the_controllers() throws Exception {
        assertThat(http.get("/archive?q=topics").status()).isEqualTo(200);
        assertThat(http.get("/archive?page=2").status()).isEqualTo(404);
        assertThat(http.get("/archive/99").status()).isEqualTo(404);
        assertThat(http.get("/archive/1/editions/3").status()).isEqualTo(404);
        assertThat(http.get("/archive/1/nothing").status()).isEqualTo(404);
        assertThat(http.send("POST", "/archive/1", Condition.NONE, http.get("/archive/1")).status()).isEqualTo(405);

        assertThat(watch.seen).containsExactly("/archive", "/archive", "/archive/99", "/archive/1/editions/3",
                "/archive/1/nothing", "/archive/1");
    }

    @Test
    void a_correction_and_a_release_made_here_are_seen_at_once() throws Exception {
        Answer permalink = http.get("/archive/1");
        Answer index = http.get("/archive");
        http.get("/feed.atom");

        Edition third = fixture.corrected(archive.latestEdition(1).orElseThrow(), "A second correction.", "Another figure.");
        fixture.released();

        Answer corrected = http.get("/archive/1");
        assertThat(corrected.etag()).isEqualTo(List.of("\"" + third.getContentHash() + "\""));
        assertThat(corrected.text()).contains("A second correction.");
        assertThat(http.send("GET", "/archive/1", Condition.SAME_ETAG, permalink).status()).isEqualTo(200);
        assertThat(http.get("/archive").text()).contains("/archive/3").isNotEqualTo(index.text());
        assertThat(http.get("/feed.atom").text()).contains("issue-3");
    }

    @Test
    void a_correction_stored_by_another_node_is_seen_once_the_archive_version_has_been_checked_again() throws Exception {
        Answer permalink = http.get("/archive/1");

        // Another node's correction: a row in the shared database, and no event on this node.
        desk.jdbc().update("""
                insert into editions (issue_id, issue_number, edition_no, title, released_at, markdown, html, content_hash,
                    email_html, plain_text, email_hash, text_hash, markdown_hash, correction_note, first_released_at, stored_at)
                select issue_id, issue_number, edition_no + 1, title, released_at, markdown,
                    replace(html, '</article>', '<p>Corrected on another node.</p></article>'), 'another-node',
                    email_html, plain_text, email_hash, text_hash, markdown_hash, 'elsewhere', first_released_at, current_timestamp
                from editions where issue_number = 1 and edition_no = 2""");

        Answer now = http.get("/archive/1");
        assertThat(now.etag()).isEqualTo(List.of("\"another-node\"")).isNotEqualTo(permalink.etag());
        assertThat(now.text()).contains("Corrected on another node.");
        assertThat(http.get("/archive/1/editions/3").status()).isEqualTo(200);
    }

    /** Notes every request that goes on past the prepared pages, where Spring Boot's observation filter stands. */
    @TestConfiguration
    static class Watch {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        FilterRegistrationBean<Filter> watchingAfterThePreparedPages() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                seen.add(((HttpServletRequest) request).getRequestURI());
                chain.doFilter(request, response);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            registration.addUrlPatterns("/archive", "/archive/*", "/feed.atom", "/favicon.ico");
            return registration;
        }
    }
}
