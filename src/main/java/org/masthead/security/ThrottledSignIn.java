package org.masthead.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in check: the usual username-and-password check, behind the throttle. A refused
 * attempt never reaches the password check, so waiting is the only way on.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (throttle.waitBefore(username, address).isPresent()) {
            throw new SignInRefusedException();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            quietly(() -> throttle.succeeded(username));
            return signedIn;
        } catch (BadCredentialsException | DisabledException failed) {
            // Unknown names and deactivated accounts count like wrong passwords: no difference shows.
            quietly(() -> throttle.failed(username, address));
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Counting must not decide a sign-in by failing: a rare lost count is better than a broken form. */
    private static void quietly(Runnable counting) {
        try {
            counting.run();
        } catch (DataAccessException e) {
            log.warn("Could not count a sign-in attempt: {}", e.getMessage());
        }
    }
}
