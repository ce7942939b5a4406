package org.masthead.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in check: the usual username-and-password check, behind the throttle. The throttle
 * counts an attempt before its password is checked, so a refused attempt never reaches the check
 * and parallel attempts cannot slip past the count; a right password gives the attempt back.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SecondFactorStep secondFactor;

    ThrottledSignIn(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle, SecondFactorStep secondFactor) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.secondFactor = secondFactor;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (!reserved(username, address)) {
            throw new SignInRefusedException();
        }
        // Unknown names, wrong passwords and deactivated accounts all fail here, already counted: no difference shows.
        Authentication signedIn = passwords.authenticate(attempt);
        if (secondFactor.needsCode(signedIn)) {
            // Stays counted until the code is right (SecondFactorCodeFilter gives it back), so that
            // typing the password again cannot wipe the count of wrong codes.
            return signedIn;
        }
        try {
            throttle.succeeded(username, address);
        } catch (DataAccessException e) {
            // The person is who they say; a count not given back only costs them a little patience later.
            log.warn("Could not clear the failed sign-ins of a successful one: {}", e.getMessage());
        }
        return signedIn;
    }

    /** Whether the throttle let this attempt through. When it cannot be asked, no password is checked. */
    private boolean reserved(String username, String address) {
        try {
            return throttle.reserveAttempt(username, address).isEmpty();
        } catch (DataAccessException e) {
            log.warn("Could not count a sign-in attempt, so it was refused: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
