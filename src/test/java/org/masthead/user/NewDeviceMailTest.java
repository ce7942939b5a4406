package org.masthead.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A sign-in from a browser the person had not used before (no known-device cookie of theirs) mails
 * them, through the notification outbox, with a "This wasn't me" link that signs them out everywhere.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925",
        "masthead.mail.from=desk@masthead.test", "masthead.public-url=https://desk.example.org"})
class NewDeviceMailTest extends ServiceTest {

    private static final Pattern LINK = Pattern.compile("https://desk\\.example\\.org/not-me\\?id=([A-Za-z0-9_-]+)&sig=([A-Za-z0-9_-]+)");
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Autowired
    MockMvc mvc;
    @Autowired
    DeskSessions sessions;

    @BeforeEach
    void erinHasAnAddress() {
        desk.jdbc().update("update users set email = 'erin@example.org' where username = 'erin'");
    }

    @Test
    void the_first_sign_in_of_an_account_mails_nobody_and_gives_the_browser_its_cookie() throws Exception {
        MvcResult first = signIn(null, FIREFOX);

        assertThat(first.getResponse().getCookie(DeskSessions.DEVICE_COOKIE)).isNotNull();
        assertThat(mails()).isEmpty();
    }

    @Test
    void a_sign_in_from_another_browser_mails_the_person_naming_device_address_and_time() throws Exception {
        signIn(null, "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");

        signIn(null, FIREFOX);

        List<String> mails = mails();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).contains("Firefox on Linux", "127.0.0.1", "UTC", "This wasn't me: https://desk.example.org/not-me?id=");
        assertThat(desk.jdbc().queryForObject("select recipient from notification_mails", String.class)).isEqualTo("erin@example.org");
    }

    @Test
    void a_browser_that_brings_the_persons_cookie_back_is_known_and_mails_nobody() throws Exception {
        Cookie known = signIn(null, FIREFOX).getResponse().getCookie(DeskSessions.DEVICE_COOKIE);

        signIn(known, FIREFOX);

        assertThat(mails()).isEmpty();
    }

    @Test
    void this_wasnt_me_signs_the_person_out_everywhere_once_and_is_audited_as_theirs() throws Exception {
        signIn(null, FIREFOX);
        signIn(null, FIREFOX);
        Matcher link = link();

        assertThat(sessions.notMe(link.group(1), link.group(2))).hasValue("erin");

        assertThat(desk.jdbc().queryForList("select end_reason from desk_sessions", String.class)).containsOnly("NOT_ME");
        assertThat(desk.jdbc().queryForObject("select stamp_reason from users where username = 'erin'", String.class)).isEqualTo("NOT_ME");
        assertThat(desk.jdbc().queryForList("select actor || ' ' || action from audit_events where action like 'NOT_ME%'", String.class))
                .containsExactly("erin NOT_ME_SIGNED_OUT_EVERYWHERE");
        assertThat(sessions.notMe(link.group(1), link.group(2))).as("the same link again").isEmpty();
    }

    @Test
    void a_this_wasnt_me_link_that_is_altered_or_expired_does_nothing() throws Exception {
        signIn(null, FIREFOX);
        signIn(null, FIREFOX);
        Matcher link = link();

        assertThat(sessions.notMe(link.group(1), link.group(2).substring(1))).as("signature cut short").isEmpty();
        assertThat(sessions.notMe(link.group(1).substring(1), link.group(2))).as("another id").isEmpty();
        desk.jdbc().update("update desk_sessions set alarm_expires_at = signed_in_at where alarm_hash is not null");
        assertThat(sessions.notMe(link.group(1), link.group(2))).as("expired").isEmpty();
        assertThat(desk.jdbc().queryForObject("select count(*) from desk_sessions where ended_at is null", Integer.class)).isEqualTo(2);
    }

    private MvcResult signIn(Cookie cookie, String userAgent) throws Exception {
        var login = formLogin("/login").user("erin").password(Desk.PASSWORD);
        MvcResult result = mvc.perform(request -> {
            var built = login.buildRequest(request);
            built.addHeader("User-Agent", userAgent);
            if (cookie != null) {
                built.setCookies(cookie);
            }
            return built;
        }).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return result;
    }

    private List<String> mails() {
        return desk.jdbc().queryForList("select body from notification_mails", String.class);
    }

    private Matcher link() {
        Matcher link = LINK.matcher(mails().get(0));
        assertThat(link.find()).as("the link in the mail").isTrue();
        return link;
    }
}
