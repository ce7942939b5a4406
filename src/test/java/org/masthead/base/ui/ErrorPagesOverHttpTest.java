package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.internal.ErrorTargetEntry;
import com.vaadin.flow.router.internal.RouteUtil;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The error pages on the running server (real Tomcat, real HTTP, the router as the app registers
 * it): the right status, the page's own sentence in the answer, and the error views the router
 * holds for its refusals, which are the same in production mode as here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesOverHttpTest extends ServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext server;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_router_answers_its_refusals_and_unknown_addresses_with_the_apps_pages_inside_the_desk_layout() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(server.getServletContext()));

        for (Exception refusal : new Exception[] {new AccessDeniedException(), new NotFoundException()}) {
            Class<? extends Component> page = registry.getErrorNavigationTarget(refusal)
                    .map(ErrorTargetEntry::getNavigationTarget).orElseThrow();
            assertThat(page.getName()).as("the page for " + refusal.getClass().getSimpleName()).startsWith("org.masthead.");
            assertThat(RouteUtil.getParentLayoutsForNonRouteTarget(page)).as("the frame of " + page.getSimpleName())
                    .containsExactly(MainLayout.class);
        }
    }

    @Test
    void a_writer_typing_the_users_address_is_answered_403_with_the_refusal_page() throws Exception {
        signIn("wendy");

        HttpResponse<String> answer = get(http, "/users");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Your role does not allow you to open this page.", "Back to my desk");
    }

    @Test
    void an_unknown_address_is_answered_404_with_the_not_found_page_and_sends_a_signed_out_person_to_sign_in() throws Exception {
        HttpClient signedOut = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        signIn("wendy");

        for (String address : new String[] {"/nonsense", "/sections/abc"}) {
            HttpResponse<String> answer = get(http, address);
            HttpResponse<String> anonymous = get(signedOut, address);

            assertThat(answer.statusCode()).as(address).isEqualTo(404);
            assertThat(answer.body()).as(address).contains("There is no page at " + address + ".", "Back to my desk");
            assertThat(anonymous.statusCode()).as(address + " signed out").isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(address + " signed out")
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    private void signIn(String username) throws Exception {
        String form = "username=" + username + "&password=" + URLEncoder.encode(Desk.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location")).as("signed in").hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
