package org.masthead.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import java.time.Clock;
import org.masthead.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
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
    SecurityFilterChain deskChain(HttpSecurity http, RequestUtil vaadinRequests, OneTimeTokenService resetTokens,
                                  Clock clock, ObjectProvider<ClientRegistrationRepository> organisation,
                                  OAuth2UserService<OidcUserRequest, OidcUser> organisationAccounts) throws Exception {
        // Vaadin exempts its sign-in form from CSRF protection, which lets another site sign a
        // browser in to an account of its choosing. The form sends the token (vaadin-login-form
        // reads the _csrf meta tags Vaadin writes into every page), so keep only Vaadin's own
        // exemption: its internal requests, which carry Vaadin's own CSRF token.
        http.with(vaadin(), v -> v.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(h -> h.contentSecurityPolicy(policy -> policy.policyDirectives(DESK_CSP)));
        // "Forgot password": the mailed one-time link leads to setting a new password, never to a signed-in session.
        http.oneTimeTokenLogin(ResetLinks.login(resetTokens, clock));
        // Sign-in with the organisation's account, only when masthead.oidc.issuer is set.
        OrganisationSignIn.configure(http, organisation, organisationAccounts);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
