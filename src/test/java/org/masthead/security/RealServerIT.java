package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** What a load balancer and an idle browser meet on a running server (real Tomcat, real HTTP). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "masthead.test.database=real_server")
@ActiveProfiles(resolver = TestDatabase.Test.class)
class RealServerIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext server;

    @Test
    void the_health_endpoint_says_up_to_anyone_without_details_and_without_a_session() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void nothing_else_of_actuator_answers() throws Exception {
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
                "/actuator/metrics", "/actuator/health/db", "/actuator/health/diskSpace")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("\"status\"", "propertySources", "beans");
        }
    }

    @Test
    void sessions_end_after_thirty_idle_minutes_even_with_the_desk_open_in_a_tab() {
        assertThat(server.getServletContext().getSessionTimeout()).isEqualTo(30);
        // Without this, Vaadin's heartbeat from an open tab would keep the session alive for ever.
        assertThat(server.getEnvironment().getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
