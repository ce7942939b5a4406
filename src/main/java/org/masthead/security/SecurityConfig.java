package org.masthead.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.Filter;
import java.time.Clock;
import org.masthead.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.registration.WebAuthnRegistrationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The public side (archive) is plain, stateless Spring MVC: no session, no
 * request cache, strict headers, so a reader's request never builds a session. Everything else
 * is the Vaadin desk behind the sign-in form.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /**
     * Paths readable by anyone, signed in or not. The favicon too: every browser asks for it
     * after an archive page, and on the desk's chain that request built a session for a reader.
     */
    public static final String[] PUBLIC_PATHS = {"/archive", "/archive/**", "/feed.atom", "/favicon.ico"};

    /** The email version of an edition: public too, but its styles are inline (mail clients need them so). */
    public static final String[] EMAIL_PATHS = {"/archive/*/email", "/archive/*/editions/*/email"};

    public static final String PUBLIC_CSP = "default-src 'none'; style-src 'self'; img-src 'self' https:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** As strict as the rest, except that inline styles are allowed: only here. */
    public static final String EMAIL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain emailChain(HttpSecurity http, ApplicationAvailability availability,
                                   ObjectProvider<PublicErrorPages> errorPages) throws Exception {
        return stateless(http.securityMatcher(EMAIL_PATHS), EMAIL_CSP, new PublicErrors(availability, errorPages::getObject));
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicChain(HttpSecurity http, ApplicationAvailability availability,
                                    ObjectProvider<PublicErrorPages> errorPages) throws Exception {
        return stateless(http.securityMatcher(PUBLIC_PATHS), PUBLIC_CSP, new PublicErrors(availability, errorPages::getObject));
    }

    /**
     * A chain for readers: anyone may read, nothing builds a session, the headers are strict, and
     * errors are answered here with the public side's own page (never the desk's /error and sign-in).
     */
    private static SecurityFilterChain stateless(HttpSecurity http, String csp, PublicErrors errors) throws Exception {
        return http
                .addFilterAfter(errors, HeaderWriterFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(ctx -> ctx.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anon -> anon.disable())
                .headers(h -> h.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** Requests refused by the firewall: on public paths, answered like the public chain's own errors. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ApplicationAvailability availability,
                                                  ObjectProvider<PublicErrorPages> errorPages) {
        return new PublicErrors(availability, errorPages::getObject).rejectedRequests(PUBLIC_CSP);
    }

    /**
     * The desk's policy: what Vaadin Flow 24.9 needs and no more. Its bootstrap page starts the
     * client engine with an inline script, and the engine builds functions from the expressions
     * the server sends ('unsafe-inline', 'unsafe-eval'; a nonce-based policy works only in
     * production mode, and without push); Lumo and the components set inline styles and use
     * data: icons and fonts. Nothing is loaded from elsewhere except https images in sections.
     */
    static final String DESK_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain deskChain(HttpSecurity http, RequestUtil vaadinRequests, UserDetailsService accounts,
                                  ObjectProvider<SessionCheck> sessions, SecondFactorStep secondFactor,
                                  SecondFactors factors, SignInThrottle throttle,
                                  SecurityContextHolderStrategy contexts, OneTimeTokenService resetTokens,
                                  Clock clock, ObjectProvider<ClientRegistrationRepository> organisation,
                                  OAuth2UserService<OidcUserRequest, OidcUser> organisationAccounts) throws Exception {
        // The second factor (issue 25): Vaadin's form login uses this success handler, which holds
        // a sign-in that needs a code back; the code step's form is checked behind the CSRF filter.
        SecondFactorSuccessHandler success = new SecondFactorSuccessHandler(secondFactor);
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, success);
        http.addFilterAfter(new SecondFactorCodeFilter(factors, throttle, success, contexts),
                UsernamePasswordAuthenticationFilter.class);
        // Vaadin exempts its sign-in form from CSRF protection, which lets another site sign a
        // browser in to an account of its choosing. The form sends the token (vaadin-login-form
        // reads the _csrf meta tags Vaadin writes into every page), so keep only Vaadin's own
        // exemption: its internal requests, which carry Vaadin's own CSRF token.
        // Spring's own "remove a passkey" endpoint removes whichever passkey it is given, whoever owns it: refused.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.DELETE, "/webauthn/register/**").denyAll());
        http.with(vaadin(), v -> v.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(h -> h.contentSecurityPolicy(policy -> policy.policyDirectives(DESK_CSP)));
        // Issue 25: every request of a signed-in session (pages, Vaadin RPCs, heartbeats) is checked against
        // the database's word on it, so that deactivation, a role or password change bites at once, on every node.
        sessions.ifAvailable(check -> http.addFilterAfter(new EndedSessions(check, vaadinRequests), SecurityContextHolderFilter.class));
        passkeys(http, accounts);
        // "Forgot password": the mailed one-time link leads to setting a new password, never to a signed-in session.
        http.oneTimeTokenLogin(ResetLinks.login(resetTokens, clock));
        // Sign-in with the organisation's account, only when masthead.oidc.issuer is set.
        OrganisationSignIn.configure(http, organisation, organisationAccounts);
        return withPasskeySessions(http, http.build());
    }

    /**
     * Passkeys through Spring Security's own WebAuthn support: the relying party is
     * {@link RelyingParty}, the passkeys are kept by {@link PasskeyStore}. The screens are the
     * desk's (sign-in page and profile), so Spring's own registration page is off. Its sign-in
     * loads the person through the same accounts as a password does, but does not ask whether the
     * account is still active: {@link #activeOnly} does, so a deactivated person's passkey opens nothing.
     */
    private static void passkeys(HttpSecurity http, UserDetailsService accounts) throws Exception {
        http.setSharedObject(UserDetailsService.class, activeOnly(accounts));
        http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true));
    }

    /** The accounts, refusing those that may not sign in (deactivated or locked). */
    static UserDetailsService activeOnly(UserDetailsService accounts) {
        return username -> {
            UserDetails account = accounts.loadUserByUsername(username);
            if (!account.isEnabled() || !account.isAccountNonLocked() || !account.isAccountNonExpired()) {
                throw new DisabledException("This account may not sign in.");
            }
            return account;
        };
    }

    /**
     * Two things Spring's passkey filters leave to the application. A passkey sign-in gets a new
     * session id, as a password sign-in does (the session strategy of the chain: no session
     * fixation). And Spring's own "remove a passkey" endpoint, which removes any passkey whose id
     * it is given, whoever owns it, is switched off: people remove their own on the profile ({@link Passkeys}).
     */
    private static SecurityFilterChain withPasskeySessions(HttpSecurity http, SecurityFilterChain chain) {
        SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
        for (Filter filter : chain.getFilters()) {
            if (filter instanceof WebAuthnAuthenticationFilter signIn) {
                signIn.setSessionAuthenticationStrategy(sessions != null ? sessions : new ChangeSessionIdAuthenticationStrategy());
            } else if (filter instanceof WebAuthnRegistrationFilter registration) {
                registration.setRemoveCredentialMatcher(request -> false);
            }
        }
        return chain;
    }

    /** Tells the application when a session ends (signed out, timed out, invalidated), so its record ends too. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
