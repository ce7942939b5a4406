package org.masthead.security;

import org.masthead.SignInClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a load balancer, an idle browser and another site's page meet on a running server (real
 * Tomcat, real HTTP, the default settings: no proxy in front, so no forwarded header is believed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "masthead.test.database=real_server")
@ActiveProfiles(resolver = TestDatabase.Test.class)
class RealServerIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext server;
    @Autowired
    Desk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    @BeforeEach
    void cleanDesk() {
        ServiceTest.useSecurityOf(securityStrategy);
        desk.reset();
    }

    /**
     * What anyone is told: up, and the names of the probe groups a load balancer asks
     * (/actuator/health/readiness, README "Two nodes behind nginx"); nothing about the parts.
     */
    static final String ANONYMOUS_HEALTH = "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}";

    @Test
    void the_health_endpoint_says_up_to_anyone_without_details_and_without_a_session() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo(ANONYMOUS_HEALTH);
        assertThat(health.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_signed_in_administrator_sees_the_mailing_details_of_the_health_endpoint_and_nobody_else_does() throws Exception {
        SignInClient admin = new SignInClient(port);
        admin.signIn("admin", Desk.PASSWORD);
        SignInClient writer = new SignInClient(port);
        writer.signIn("wendy", Desk.PASSWORD);

        HttpResponse<String> forAdmin = admin.get("/actuator/health");
        HttpResponse<String> forWriter = writer.get("/actuator/health");

        assertThat(forAdmin.statusCode()).isEqualTo(200);
        assertThat(forAdmin.body()).contains("\"mailing\"", "\"server\"");
        assertThat(forWriter.body()).isEqualTo(ANONYMOUS_HEALTH);
        assertThat(forAdmin.headers().allValues("Set-Cookie")).isEmpty();
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
    void an_idle_connection_closes_after_five_seconds_so_an_open_desk_keeps_only_its_push_connection() {
        Connector connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();

        // Tomcat's default keeps an idle connection as long as its read timeout (60 s): longer than
        // the desk's 15 s heartbeat, so every open tab held two or three connections of 16 KB of buffers.
        assertThat(connector.getProperty("keepAliveTimeout")).hasToString("5000");
    }

    @Test
    void sessions_end_after_thirty_idle_minutes_even_with_the_desk_open_in_a_tab() {
        assertThat(server.getServletContext().getSessionTimeout()).isEqualTo(30);
        // Without this, Vaadin's heartbeat from an open tab would keep the session alive for ever.
        assertThat(server.getEnvironment().getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void a_sign_in_posted_without_the_token_of_the_sign_in_page_is_refused() throws Exception {
        SignInClient crossSite = new SignInClient(port);

        HttpResponse<String> response = crossSite.signInWithoutToken("wendy", Desk.PASSWORD);

        // Refused with 403, whose error page, like every desk page, sends a stranger to the sign-in.
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login").doesNotContain("error"));
        assertThat(crossSite.isSignedIn()).isFalse();
    }

    @Test
    void a_sign_in_posted_with_the_token_of_the_sign_in_page_signs_in() throws Exception {
        SignInClient browser = new SignInClient(port);

        HttpResponse<String> response = browser.signIn("wendy", Desk.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only_and_not_secure_over_plain_http() throws Exception {
        String cookie = sessionCookieOf(get("/login"));

        assertThat(cookie).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
    }

    @Test
    void desk_pages_answer_with_the_desks_content_security_policy() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.headers().allValues("Content-Security-Policy")).containsExactly(SecurityConfig.DESK_CSP);
    }

    @Test
    void a_clients_own_x_forwarded_for_is_not_believed_without_forwarded_headers_configured() throws Exception {
        new SignInClient(port).withHeader("X-Forwarded-For", "192.0.2.44").signIn("wendy", "wrong-guess");

        assertThat(jdbc.queryForList("select subject from sign_in_failures where subject like 'address:%'", String.class))
                .containsExactly("address:127.0.0.1");
    }

    /** The JSESSIONID cookie a response sets, with its attributes. */
    static String sessionCookieOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("No session cookie in " + response.headers().map()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
