package org.masthead.security;

import org.masthead.SignInClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app behind a TLS-terminating proxy, set up as the README says: forwarded headers on
 * ({@code server.forward-headers-strategy=native}), and the proxy (here on this machine, one of
 * Tomcat's default internal proxies) sending X-Forwarded-Proto and X-Forwarded-For.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"masthead.test.database=behind_proxy", "server.forward-headers-strategy=native"})
@ActiveProfiles(resolver = TestDatabase.Test.class)
class BehindTlsProxyIT {

    @LocalServerPort
    int port;
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

    @Test
    void the_session_cookie_is_secure_and_same_site_lax_when_the_proxy_says_the_request_came_over_https() throws Exception {
        HttpResponse<String> login = new SignInClient(port).withHeader("X-Forwarded-Proto", "https").get("/login");

        assertThat(RealServerIT.sessionCookieOf(login)).contains("Secure", "SameSite=Lax", "HttpOnly");
    }

    @Test
    void the_address_the_proxy_forwards_is_the_one_counted_for_failed_sign_ins() throws Exception {
        new SignInClient(port).withHeader("X-Forwarded-For", "192.0.2.44").signIn("wendy", "wrong-guess");

        assertThat(jdbc.queryForList("select subject from sign_in_failures where subject like 'address:%'", String.class))
                .containsExactly("address:192.0.2.44");
    }
}
