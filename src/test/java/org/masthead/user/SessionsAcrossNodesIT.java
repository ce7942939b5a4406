package org.masthead.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Application;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.SignInClient;
import org.masthead.TestDatabase;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two app instances on one database, as behind a load balancer (see TwoNodesIT): Erin is signed in on
 * the second node when an administrator deactivates her on the first; the second refuses her session
 * once its last look at it is a second old, and not before. Each node's monotonic time is moved by hand,
 * so the test does not depend on how fast the machine is.
 */
class SessionsAcrossNodesIT {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static final AtomicLong secondsNanos = new AtomicLong();

    @BeforeAll
    static void startTwoNodes() {
        first = node(true);
        second = node(false);
        second.getBean(DeskSessions.class).useTicker(secondsNanos::get);
    }

    @AfterAll
    static void stopBothNodes() {
        SecurityContextHolder.clearContext();
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static ConfigurableApplicationContext node(boolean cleansDatabase) {
        return new SpringApplicationBuilder(Application.class)
                .profiles(TestDatabase.profiles("test"))
                .run("--server.port=0", "--masthead.test.database=sessions_two_nodes",
                        "--masthead.test.clean-database=" + (cleansDatabase && TestDatabase.isPostgres()));
    }

    @Test
    void a_deactivation_on_one_node_refuses_the_session_on_the_other_within_a_second() throws Exception {
        ServiceTest.useSecurityOf(first.getBean(SecurityContextHolderStrategy.class));
        Desk desk = first.getBean(Desk.class);
        desk.reset();
        SignInClient erin = new SignInClient(portOf(second)).withHeader("Accept", "text/html");
        erin.signIn("erin", Desk.PASSWORD);
        assertThat(erin.isSignedIn()).as("Erin on the second node").isTrue();
        long erinId = desk.userId("erin");

        ServiceTest.useSecurityOf(first.getBean(SecurityContextHolderStrategy.class));
        Desk.as("admin", Desk.roles(Role.ADMIN), () -> first.getBean(Accounts.class).deactivate(erinId));

        secondsNanos.addAndGet(DeskSessions.FRESH.toNanos() - 1);
        assertThat(erin.isSignedIn()).as("within the second the second node trusts its last look").isTrue();
        secondsNanos.addAndGet(1);
        HttpResponse<String> next = erin.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(erin.get("/login").body()).contains("Your account was deactivated.");
    }

    private static int portOf(ConfigurableApplicationContext node) {
        return ((ServletWebServerApplicationContext) node).getWebServer().getPort();
    }
}
