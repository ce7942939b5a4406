package org.masthead.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.secondfactor.SecondFactorAdministration;
import org.masthead.security.Role;
import org.masthead.security.SessionCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 25's reproduction, through the real filter chain: Erin is signed in (her session alive) when
 * Adam deactivates her, removes or adds a role, or resets her password; her next request, a page or a
 * Vaadin RPC from the tab she has open, is not served: she is sent to sign in, told why. On today's
 * main every one of them was served as before.
 */
@AutoConfigureMockMvc
class ChangesBiteAtOnceTest extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OwnAccount own;
    @Autowired
    DeskSessions sessions;
    @Autowired
    UserService people;
    @Autowired
    SecondFactorAdministration secondFactors;

    /** This node's monotonic time, moved by hand: nothing here depends on how fast the machine is. */
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void timeStandsStill() {
        sessions.useTicker(nanos::get);
    }

    @AfterEach
    void timeRunsAgain() {
        sessions.useTicker(System::nanoTime);
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_deactivated_editor_clicking_in_her_open_tab_is_sent_to_sign_in_and_told_her_account_was_deactivated() throws Exception {
        MockHttpSession erin = signIn("erin");
        assertThat(isServed(rpc(erin))).as("Erin's tab before the change").isTrue();

        asAdmin(() -> accounts.deactivate(idOf("erin")));

        Answer click = rpc(erin);
        assertThat(click.response().getContentAsString()).as("the answer to the click")
                .contains("appError").contains("\"url\":\"/login\"");
        assertThat(erin.isInvalid()).as("her session").isTrue();
        assertThat(whyOn(click)).isEqualTo("Your account was deactivated.");
    }

    @Test
    void a_deactivated_editor_opening_a_page_is_sent_to_sign_in() throws Exception {
        MockHttpSession erin = signIn("erin");
        assertThat(isServed(page(erin))).isTrue();

        asAdmin(() -> accounts.deactivate(idOf("erin")));

        Answer page = page(erin);
        assertThat(page.response().getRedirectedUrl()).isEqualTo("/login");
        assertThat(whyOn(page)).isEqualTo("Your account was deactivated.");
    }

    @Test
    void a_role_removed_ends_the_session_that_still_had_it() throws Exception {
        MockHttpSession eddie = signIn("eddie");

        asAdmin(() -> accounts.changeRoles(idOf("eddie"), Set.of(Role.WRITER)));

        Answer click = rpc(eddie);
        assertThat(isServed(click)).isFalse();
        assertThat(whyOn(click)).isEqualTo("An administrator changed your roles; sign in again.");
    }

    @Test
    void a_role_added_takes_effect_by_ending_the_session_so_that_the_next_sign_in_carries_it() throws Exception {
        MockHttpSession erin = signIn("erin");

        asAdmin(() -> accounts.changeRoles(idOf("erin"), Set.of(Role.EDITOR, Role.PUBLISHER)));

        assertThat(whyOn(page(erin))).isEqualTo("An administrator changed your roles; sign in again.");
        MvcResult again = mvc.perform(formLogin("/login").user("erin").password(Desk.PASSWORD)).andReturn();
        var context = (org.springframework.security.core.context.SecurityContext) again.getRequest().getSession()
                .getAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString).contains(Role.PUBLISHER.authority());
    }

    @Test
    void a_password_reset_by_an_administrator_ends_the_session_opened_with_the_old_one() throws Exception {
        MockHttpSession erin = signIn("erin");

        asAdmin(() -> accounts.resetPassword(idOf("erin")));

        assertThat(whyOn(rpc(erin))).isEqualTo("An administrator reset your password; sign in with the new one.");
    }

    @Test
    void a_second_factor_reset_by_an_administrator_ends_the_sessions_and_is_audited() throws Exception {
        MockHttpSession erin = signIn("erin");

        asAdmin(() -> {
            secondFactors.reset(idOf("erin"));
            return null;
        });

        assertThat(whyOn(rpc(erin))).isEqualTo("An administrator reset your second factor; sign in again.");
        assertThat(desk.jdbc().queryForList("select action from audit_events where note = 'erin'", String.class))
                .contains("USER_SECOND_FACTOR_RESET");
    }

    @Test
    void ending_someones_sessions_by_the_public_call_is_audited() throws Exception {
        MockHttpSession erin = signIn("erin");

        asAdmin(() -> {
            sessions.endSessionsOf("erin", SignOutReason.SIGNED_OUT_BY_ADMIN);
            return null;
        });

        assertThat(whyOn(rpc(erin))).isEqualTo("An administrator signed you out; sign in again.");
        assertThat(desk.jdbc().queryForList("select action from audit_events where note = 'erin'", String.class))
                .contains("USER_SIGNED_OUT_EVERYWHERE");
    }

    @Test
    void changing_ones_own_password_ends_every_other_session_and_keeps_this_one() throws Exception {
        MockHttpSession here = signIn("erin");
        MockHttpSession elsewhere = signIn("erin");

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> {
            own.changeOwnPassword(Desk.PASSWORD, "a-new-long-passphrase-of-hers");
            return null;
        });
        RequestContextHolder.resetRequestAttributes();

        assertThat(isServed(rpc(here))).as("the session that changed it").isTrue();
        assertThat(whyOn(rpc(elsewhere))).isEqualTo("Your password was changed in another session; sign in with the new one.");
    }

    @Test
    void a_change_made_on_another_node_bites_here_once_this_nodes_look_is_a_second_old_and_not_before() throws Exception {
        MockHttpSession erin = signIn("erin");
        assertThat(isServed(rpc(erin))).isTrue();

        // Another node deactivates her: only the database changes; this node's look at her session is fresh.
        desk.jdbc().update("update users set active = false, security_stamp = 'another', stamp_reason = 'DEACTIVATED' "
                + "where username = 'erin'");
        nanos.addAndGet(DeskSessions.FRESH.toNanos() - 1);
        assertThat(isServed(rpc(erin))).as("within the second this node trusts its last look").isTrue();

        nanos.addAndGet(1);
        Answer click = rpc(erin);
        assertThat(isServed(click)).as("a second after its last look").isFalse();
        assertThat(whyOn(click)).isEqualTo("Your account was deactivated.");
    }

    @Test
    void the_check_asks_the_database_once_per_session_per_second_however_many_requests_come() throws Exception {
        MockHttpSession erin = signIn("erin");
        long before = sessions.lookups();

        for (int i = 0; i < 20; i++) {
            assertThat(isServed(rpc(erin))).isTrue();
        }
        assertThat(sessions.lookups() - before).as("queries for 20 requests within a second").isEqualTo(1);

        nanos.addAndGet(DeskSessions.FRESH.toNanos());
        for (int i = 0; i < 20; i++) {
            rpc(erin);
        }
        assertThat(sessions.lookups() - before).as("queries for 20 more in the next second").isEqualTo(2);
    }

    @Test
    void a_signed_out_session_is_recorded_as_ended() throws Exception {
        MockHttpSession erin = signIn("erin");
        assertThat(desk.jdbc().queryForObject("select count(*) from desk_sessions where ended_at is null", Integer.class)).isOne();

        asAdmin(() -> accounts.deactivate(idOf("erin")));

        assertThat(desk.jdbc().queryForObject("select end_reason from desk_sessions", String.class)).isEqualTo("DEACTIVATED");
        assertThat(erin.getAttribute(SessionCheck.KEY)).isNotNull();
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(Desk.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as(username + " signed in").doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** What the open tab sends when its person clicks: a Vaadin UIDL request. */
    private Answer rpc(MockHttpSession session) throws Exception {
        return answer(post("/").param("v-r", "uidl").param("v-uiId", "0").session(session)
                .contentType(MediaType.APPLICATION_JSON).content("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"));
    }

    private Answer page(MockHttpSession session) throws Exception {
        return answer(get("/").session(session));
    }

    /**
     * How the desk's filter chain answered: let through to Vaadin's servlet (which MockMvc's context does
     * not hold, so the hand-over to it fails, naming it), or answered by the chain itself.
     */
    private Answer answer(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        try {
            return new Answer(mvc.perform(request).andReturn());
        } catch (jakarta.servlet.ServletException handedToVaadin) {
            if (String.valueOf(handedToVaadin.getMessage()).contains("springServlet")) {
                return new Answer(null);
            }
            throw handedToVaadin;
        }
    }

    /** A request's fate: {@code result} is null when it was served (handed to Vaadin's servlet). */
    private record Answer(MvcResult result) {
        MockHttpServletResponseView response() {
            return new MockHttpServletResponseView(result.getResponse());
        }
    }

    private record MockHttpServletResponseView(org.springframework.mock.web.MockHttpServletResponse response) {
        String getContentAsString() throws Exception {
            return response.getContentAsString();
        }

        String getRedirectedUrl() {
            return response.getRedirectedUrl();
        }
    }

    private static boolean isServed(Answer answer) {
        return answer.result() == null;
    }

    /** The sentence the sign-in page will say, kept in the fresh session the refused request got. */
    private static String whyOn(Answer answer) {
        assertThat(isServed(answer)).as("served").isFalse();
        var session = answer.result().getRequest().getSession(false);
        return session == null ? null : (String) session.getAttribute(SessionCheck.WHY);
    }

    private long idOf(String username) {
        return desk.jdbc().queryForObject("select id from users where username = ?", Long.class, username);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return Desk.as("admin", Desk.roles(Role.ADMIN), work);
    }
}
