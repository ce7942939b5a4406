package org.masthead.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestDatabase;
import org.masthead.publishing.web.PublicHttp.Answer;
import org.masthead.publishing.web.PublicHttp.Condition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages answered from prepared bytes (PreparedPagesFilter) against what the controllers
 * and the public filter chain answer for the same request, over real HTTP: the same status, the same
 * headers (all of them but the date of the answer) and the same bytes, for GET and HEAD and every
 * way of asking whether a copy is still good. The old path is asked with an extra query parameter,
 * which the controllers ignore and the filter leaves to them. One archive for every case: nothing here changes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"masthead.test.database=prepared_pages", "server.forward-headers-strategy=native"})
@ActiveProfiles(resolver = TestDatabase.Test.class)
@Import(PreparedPagesIT.Watch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreparedPagesParityIT {

    static final List<String> PREPARED = List.of("/archive/1", "/archive/1/email", "/archive/1/text",
            "/archive/1/editions/1", "/archive/1/editions/1/email", "/archive/1/editions/1/text",
            "/archive", "/archive?page=1", "/feed.atom", "/archive/archive.css", "/favicon.ico");

    @LocalServerPort
    int port;
    @Autowired
    Desk desk;
    @Autowired
    PublicFixture fixture;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    private PublicHttp http;

    @BeforeAll
    void twoIssuesTheFirstCorrected() {
        ServiceTest.useSecurityOf(securityStrategy);
        desk.reset();
        fixture.twoIssuesTheFirstCorrected();
        http = new PublicHttp(port);
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
        String oldPath = path + (path.contains("?") ? "&" : "?") + "old";
        Answer page = http.get(oldPath);

        Answer before = http.send(method, oldPath, condition, page);
        Answer now = http.send(method, path, condition, page);

        assertThat(now.status()).as("status").isEqualTo(before.status());
        assertThat(now.headers()).as("headers").isEqualTo(before.headers());
        assertThat(now.body()).as("bytes").isEqualTo(before.body());
        assertThat(now.headers()).as("no session").doesNotContainKey("set-cookie");
    }
}
