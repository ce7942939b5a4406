package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.internal.ErrorTargetEntry;
import com.vaadin.flow.router.internal.RouteUtil;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.SignInClient;
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
        SignInClient wendy = signedIn("wendy");

        HttpResponse<String> answer = wendy.get("/users");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Your role does not allow you to open this page.", "Back to my desk");
    }

    @Test
    void an_unknown_address_is_answered_404_with_the_not_found_page_and_sends_a_signed_out_person_to_sign_in() throws Exception {
        SignInClient signedOut = browser();
        SignInClient wendy = signedIn("wendy");

        for (String address : new String[] {"/nonsense", "/sections/abc"}) {
            HttpResponse<String> answer = wendy.get(address);
            HttpResponse<String> anonymous = signedOut.get(address);

            assertThat(answer.statusCode()).as(address).isEqualTo(404);
            assertThat(answer.body()).as(address).contains("There is no page at " + address + ".", "Back to my desk");
            assertThat(anonymous.statusCode()).as(address + " signed out").isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(address + " signed out")
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    /** A browser asking for pages, as one does when an address is typed. */
    private SignInClient browser() {
        return new SignInClient(port).withHeader("Accept", "text/html");
    }

    private SignInClient signedIn(String username) throws Exception {
        SignInClient client = browser();
        HttpResponse<String> answer = client.signIn(username, Desk.PASSWORD);
        assertThat(answer.headers().firstValue("Location")).as("signed in").hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return client;
    }
}
