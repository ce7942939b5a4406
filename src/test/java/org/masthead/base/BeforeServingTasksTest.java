package org.masthead.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.masthead.TestDatabase;
import org.masthead.user.FirstRun;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/**
 * A newcomer's first start, seen from the moment the web server opens its port: the demo content is
 * already there, so the first request is answered as every later one (the sign-in page, not the
 * first-run screen of an installation without an administrator), and the public side, until the
 * application is ready, says it is starting instead of answering from a half-filled database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"masthead.demo.enabled=true", "masthead.test.database=before_serving"})
@ActiveProfiles(resolver = TestDatabase.Test.class)
class BeforeServingTasksTest {

    @Autowired
    WhenThePortOpens seen;

    @Test
    void when_the_port_opens_the_demo_people_and_their_administrator_already_exist() {
        assertThat(seen.anyoneExists).as("demo people").isTrue();
        assertThat(seen.administratorExists).as("an administrator, so /login is not handed to the first-run screen").isTrue();
    }

    @Test
    void a_request_as_the_port_opens_is_answered_honestly() {
        assertThat(seen.signIn.statusCode()).isEqualTo(200);
        assertThat(seen.signIn.body()).contains("vaadin-login-form").doesNotContain("FirstRunView").doesNotContain("\"welcome\"");
        assertThat(seen.archive.statusCode()).isEqualTo(503);
        assertThat(seen.archive.headers().firstValue("Retry-After")).isPresent();
        assertThat(seen.archive.body()).contains("The archive is starting; try again in a few seconds.");
    }

    /** Looks at the application at the moment Spring Boot reports the port open, before any runner or readiness. */
    static class WhenThePortOpens implements ApplicationListener<WebServerInitializedEvent> {

        private final FirstRun firstRun;
        volatile boolean anyoneExists;
        volatile boolean administratorExists;
        volatile HttpResponse<String> signIn;
        volatile HttpResponse<String> archive;

        WhenThePortOpens(FirstRun firstRun) {
            this.firstRun = firstRun;
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            anyoneExists = firstRun.anyUserExists();
            administratorExists = firstRun.administratorExists();
            int port = event.getWebServer().getPort();
            signIn = get(port, "/login");
            archive = get(port, "/archive");
        }

        private static HttpResponse<String> get(int port, String path) {
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @TestConfiguration
    static class Watch {

        @Bean
        WhenThePortOpens whenThePortOpens(FirstRun firstRun) {
            return new WhenThePortOpens(firstRun);
        }
    }
}
