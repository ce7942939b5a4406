package org.masthead.mailing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.mailing.LinksForTests;
import org.masthead.mailing.Subscribers;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The archive's sign-up form, the confirmation link and the unsubscribe link, as anonymous readers use them. */
@AutoConfigureMockMvc
@Import(SignUpTest.StoppedClock.class)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3926", "masthead.mail.from=news@masthead.test",
        "masthead.public-url=https://news.example.org", "masthead.test.database=sign_up"})
class SignUpTest extends ServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Pattern LINK = Pattern.compile("https://news\\.example\\.org(/archive/\\S+)");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3926, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(MONDAY);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Subscribers subscribers;
    @Autowired
    LinksForTests links;

    @BeforeEach
    void itIsMonday() {
        clock.set(MONDAY);
    }

    @Test
    void the_archive_index_carries_the_sign_up_form_without_any_script() throws Exception {
        Document index = Jsoup.parse(mvc.perform(get("/archive")).andReturn().getResponse().getContentAsString());

        assertThat(index.select("form[action=/archive/subscribe][method=post] input[name=email]")).hasSize(1);
        assertThat(index.select("form[action=/archive/subscribe] input[name=name]")).hasSize(1);
        assertThat(index.select("script")).isEmpty();
    }

    @Test
    void a_new_address_becomes_pending_gets_a_link_and_following_it_confirms_the_subscription() throws Exception {
        MockHttpServletResponse answer = signUp("reader@example.org", "Rita Reader", "203.0.113.1");

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(text(answer)).contains("Check your inbox").contains("within 3 days");
        assertThat(answer.getHeader("Set-Cookie")).isNull();
        assertThat(statusOf("reader@example.org")).isEqualTo("PENDING");
        MimeMessage mail = onlyMailTo("reader@example.org");
        assertThat(mail.getSubject()).isEqualTo("Confirm your subscription to The Test Watch");
        assertThat(GreenMailUtil.getBody(mail)).contains("Hello Rita Reader,");

        MockHttpServletResponse confirmed = mvc.perform(get(linkIn(mail))).andReturn().getResponse();

        assertThat(confirmed.getStatus()).isEqualTo(200);
        assertThat(text(confirmed)).contains("You are subscribed");
        assertThat(statusOf("reader@example.org")).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select confirmed_at from subscribers", Instant.class)).isEqualTo(MONDAY);
    }

    @Test
    void the_form_answers_the_same_page_whether_the_address_is_new_pending_confirmed_or_unsubscribed() throws Exception {
        signUp("pending@example.org", null, "198.51.100.1");
        long confirmed = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> subscribers.add("confirmed@example.org", null)).getId();
        long left = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> subscribers.add("left@example.org", null)).getId();
        SecurityContextHolder.clearContext();
        mvc.perform(get(path(links.unsubscribeUrl(left))));
        smtp.reset();

        List<String> pages = List.of("new", "pending", "confirmed", "left").stream()
                .map(who -> {
                    try {
                        return text(signUp(who + "@example.org", null, "192.0.2.1")).replace(who + "@example.org", "ADDRESS");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();

        assertThat(pages).allSatisfy(page -> assertThat(page).isEqualTo(pages.get(0)).contains("Check your inbox"));
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(onlyMailTo("confirmed@example.org").getSubject()).isEqualTo("You are already subscribed to The Test Watch");
        assertThat(GreenMailUtil.getBody(onlyMailTo("confirmed@example.org"))).contains("/archive/unsubscribe?t=" + confirmed + ".");
        assertThat(statusOf("confirmed@example.org")).isEqualTo("CONFIRMED");
        // Signing up by the form again is fresh consent: pending until they confirm.
        assertThat(statusOf("left@example.org")).isEqualTo("PENDING");
        assertThat(onlyMailTo("left@example.org").getSubject()).startsWith("Confirm your subscription");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not an address", "two@at@example.org", "Rita <rita@example.org>", "rita@example.org, bob@example.org",
            "rita@localhost", "rita@"})
    void an_invalid_address_is_refused_with_a_sentence_on_the_field_and_nothing_is_stored_or_sent(String address) throws Exception {
        MockHttpServletResponse answer = signUp(address, "Rita", "203.0.113.2");

        assertThat(answer.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(answer.getContentAsString());
        assertThat(page.select("#subscribe-email-problem").text()).isNotBlank().endsWith(".");
        assertThat(page.select("#subscribe-email").attr("aria-invalid")).isEqualTo("true");
        assertThat(jdbc.queryForObject("select count(*) from subscribers", Long.class)).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_line_break_in_the_address_or_the_name_never_reaches_a_mail_header() throws Exception {
        MockHttpServletResponse inAddress = signUp("victim@example.org\r\nBcc: everyone@example.org", null, "203.0.113.3");
        MockHttpServletResponse inName = signUp("victim@example.org", "Rita\r\nBcc: everyone@example.org", "203.0.113.3");
        MockHttpServletResponse encoded = signUp("victim@example.org%0d%0aBcc:everyone@example.org", null, "203.0.113.3");

        assertThat(inAddress.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(inAddress.getContentAsString()).select("#subscribe-email-problem").text()).contains("line break");
        assertThat(Jsoup.parse(inAddress.getContentAsString()).select("#subscribe-email").attr("value"))
                .isEqualTo("victim@example.org Bcc: everyone@example.org");
        assertThat(inName.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(inName.getContentAsString()).select("#subscribe-name-problem").text()).contains("line break");
        assertThat(encoded.getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from subscribers", Long.class)).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void one_address_ten_thousand_times_from_one_client_is_mailed_three_times_and_then_told_to_wait() throws Exception {
        int[] statuses = new int[10_000];
        String lastRefusal = null;
        for (int i = 0; i < statuses.length; i++) {
            MockHttpServletResponse answer = signUp("target@example.org", null, "203.0.113.66");
            statuses[i] = answer.getStatus();
            if (answer.getStatus() == 429) {
                lastRefusal = answer.getContentAsString();
            }
        }

        assertThat(java.util.Arrays.stream(statuses).limit(3)).containsOnly(200);
        assertThat(java.util.Arrays.stream(statuses).skip(3)).containsOnly(429);
        assertThat(Jsoup.parse(lastRefusal).text()).contains("too many sign-ups for this address or from your network in the last hour");
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from subscribers", Long.class)).isOne();
        // An hour later the address may sign up again.
        clock.advance(Duration.ofHours(1));
        assertThat(signUp("target@example.org", null, "203.0.113.67").getStatus()).isEqualTo(200);
    }

    @Test
    void one_client_signing_up_many_addresses_is_stopped_after_twenty_in_an_hour() throws Exception {
        for (int i = 1; i <= 20; i++) {
            assertThat(signUp("reader" + i + "@example.org", null, "203.0.113.99").getStatus()).isEqualTo(200);
        }
        assertThat(signUp("reader21@example.org", null, "203.0.113.99").getStatus()).isEqualTo(429);
        assertThat(signUp("reader21@example.org", null, "203.0.113.100").getStatus()).isEqualTo(200);
    }

    @Test
    void a_confirmation_link_tampered_with_is_refused_with_a_sentence_and_confirms_nothing() throws Exception {
        signUp("reader@example.org", null, "203.0.113.4");
        String link = linkIn(onlyMailTo("reader@example.org"));
        String signature = link.substring(link.lastIndexOf('.') + 1);
        String otherSignature = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);

        MockHttpServletResponse tampered = mvc.perform(get(link.replace(signature, otherSignature))).andReturn().getResponse();
        MockHttpServletResponse garbage = mvc.perform(get("/archive/subscribe/confirm?t=nonsense")).andReturn().getResponse();
        MockHttpServletResponse someoneElse = mvc.perform(get(link.replaceFirst("t=\\d+", "t=999999"))).andReturn().getResponse();

        assertThat(tampered.getStatus()).isEqualTo(400);
        assertThat(text(tampered)).contains("This confirmation link is not one we sent, or it was cut short.");
        assertThat(garbage.getStatus()).isEqualTo(400);
        assertThat(someoneElse.getStatus()).isEqualTo(404);
        assertThat(text(someoneElse)).contains("This link is for a sign-up that is not on the list any more.");
        assertThat(statusOf("reader@example.org")).isEqualTo("PENDING");
    }

    @Test
    void an_expired_confirmation_link_is_refused_with_a_sentence_and_a_new_sign_up_sends_a_link_that_works() throws Exception {
        signUp("reader@example.org", null, "203.0.113.5");
        String link = linkIn(onlyMailTo("reader@example.org"));
        clock.advance(Duration.ofDays(3));

        MockHttpServletResponse expired = mvc.perform(get(link)).andReturn().getResponse();

        assertThat(expired.getStatus()).isEqualTo(400);
        assertThat(text(expired)).contains("This confirmation link has expired. Sign up again below");
        assertThat(statusOf("reader@example.org")).isEqualTo("PENDING");
        smtp.reset();
        signUp("reader@example.org", null, "203.0.113.5");
        assertThat(mvc.perform(get(linkIn(onlyMailTo("reader@example.org")))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(statusOf("reader@example.org")).isEqualTo("CONFIRMED");
    }

    @Test
    void the_one_click_post_of_a_mail_program_unsubscribes_and_answers_200_without_a_redirect() throws Exception {
        long id = confirmedSubscriber("reader@example.org");

        MockHttpServletResponse answer = mvc.perform(post(path(links.unsubscribeUrl(id)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click")).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Location")).isNull();
        assertThat(statusOf("reader@example.org")).isEqualTo("UNSUBSCRIBED");
        assertThat(jdbc.queryForObject("select left_at from subscribers", Instant.class)).isEqualTo(MONDAY);
    }

    @Test
    void following_the_unsubscribe_link_unsubscribes_at_once_says_so_and_offers_to_take_it_back() throws Exception {
        long id = confirmedSubscriber("reader@example.org");

        MockHttpServletResponse answer = mvc.perform(get(path(links.unsubscribeUrl(id)))).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(text(answer)).contains("You are unsubscribed").contains("This address gets no more issues of The Test Watch.");
        assertThat(statusOf("reader@example.org")).isEqualTo("UNSUBSCRIBED");
        Document page = Jsoup.parse(answer.getContentAsString());
        assertThat(page.select("form[action=/archive/resubscribe][method=post] button").text()).isEqualTo("Subscribe me again");

        MockHttpServletResponse back = mvc.perform(post("/archive/resubscribe")
                .param("t", page.select("input[name=t]").attr("value"))).andReturn().getResponse();

        assertThat(text(back)).contains("You are subscribed again");
        assertThat(statusOf("reader@example.org")).isEqualTo("CONFIRMED");
    }

    @Test
    void an_unsubscribe_link_tampered_with_changes_nothing_and_one_for_deleted_data_says_so() throws Exception {
        long id = confirmedSubscriber("reader@example.org");
        String link = path(links.unsubscribeUrl(id));

        MockHttpServletResponse tampered = mvc.perform(get(link.replaceFirst("t=" + id, "t=" + (id + 1)))).andReturn().getResponse();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> {
            subscribers.delete(id);
            return null;
        });
        SecurityContextHolder.clearContext();
        MockHttpServletResponse deleted = mvc.perform(get(link)).andReturn().getResponse();

        assertThat(tampered.getStatus()).isEqualTo(400);
        assertThat(text(tampered)).contains("This unsubscribe link is not one we sent");
        assertThat(deleted.getStatus()).isEqualTo(404);
        assertThat(text(deleted)).contains("Nobody is on the list for this link");
    }

    // ---------------------------------------------------------------------------------------------

    private MockHttpServletResponse signUp(String address, String name, String client) throws Exception {
        var request = post("/archive/subscribe").param("email", address).with(r -> {
            r.setRemoteAddr(client);
            return r;
        });
        if (name != null) {
            request.param("name", name);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long confirmedSubscriber(String address) {
        long id = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> subscribers.add(address, null)).getId();
        SecurityContextHolder.clearContext();
        return id;
    }

    private String statusOf(String address) {
        return jdbc.queryForObject("select status from subscribers where address_key = ?", String.class, address);
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        List<MimeMessage> mails = java.util.Arrays.stream(smtp.getReceivedMessagesForDomain(address)).toList();
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.get(0);
    }

    private static String linkIn(MimeMessage mail) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }

    private static String path(String url) {
        return url.replace("https://news.example.org", "");
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString()).text();
    }
}
