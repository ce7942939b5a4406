package org.masthead.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ott.OneTimeTokenLoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenFilter;
import org.springframework.security.web.authentication.ott.OneTimeTokenAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * "Forgot password" links, through Spring Security's one-time-token login. The mail's link opens
 * Spring's page at {@value #LINK_PAGE} (a GET: it uses nothing up, so a mail scanner that fetches
 * the link spends no token); its button posts the token there, the token is consumed (once), and
 * instead of signing in, the session gets a {@link PasswordResetGrant} and is sent to the screen
 * that sets the new password. The session stays signed out: after the new password is set the
 * person signs in with it normally, second factor included.
 *
 * <p>Tokens are only made behind the limits of the "forgot password" form (user.PasswordResets);
 * Spring's own endpoint for making them is switched off (its matcher matches nothing).
 */
@Configuration
class ResetLinks {

    /** The page a mailed link opens; its form posts the token to the same path. */
    static final String LINK_PAGE = "/login/ott";
    /** The screen that sets the new password (user.ui.PasswordResetView). */
    static final String SET_PASSWORD = "/password-reset";
    /** How long after following the link the new password may be set. */
    static final Duration GRANT_FOR = Duration.ofMinutes(15);

    @Bean
    SingleUseTokens oneTimeTokens(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new SingleUseTokens(jdbc, transactions, clock);
    }

    static Customizer<OneTimeTokenLoginConfigurer<HttpSecurity>> login(OneTimeTokenService tokens, Clock clock) {
        return ott -> ott
                .tokenService(tokens)
                .loginPage("/login")
                .loginProcessingUrl(LINK_PAGE)
                .defaultSubmitPageUrl(LINK_PAGE)
                .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(HttpServletResponse.SC_NOT_FOUND))
                .authenticationSuccessHandler((request, response, authentication) -> grant(request, response, authentication, clock))
                .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath() + SET_PASSWORD + "?expired"))
                .withObjectPostProcessor(new ObjectPostProcessor<GenerateOneTimeTokenFilter>() {
                    @Override
                    public <O extends GenerateOneTimeTokenFilter> O postProcess(O filter) {
                        filter.setRequestMatcher(request -> false);
                        return filter;
                    }
                })
                .withObjectPostProcessor(new ObjectPostProcessor<OneTimeTokenAuthenticationFilter>() {
                    @Override
                    public <O extends OneTimeTokenAuthenticationFilter> O postProcess(O filter) {
                        // The token's authentication lives for this request only: it never signs the session in.
                        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
                        return filter;
                    }
                });
    }

    /** The token was good: leave to set a password, for an account still active, and nothing more. */
    private static void grant(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                              Clock clock) throws IOException {
        SecurityContextHolder.clearContext();
        if (authentication.getPrincipal() instanceof UserDetails person && person.isEnabled()) {
            request.getSession().setAttribute(PasswordResetGrant.SESSION_ATTRIBUTE,
                    new PasswordResetGrant(person.getUsername(), clock.instant().plus(GRANT_FOR)));
            response.sendRedirect(request.getContextPath() + SET_PASSWORD);
        } else {
            response.sendRedirect(request.getContextPath() + SET_PASSWORD + "?expired");
        }
    }
}
