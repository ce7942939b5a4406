package org.masthead.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.stereotype.Component;

/**
 * Whether a sign-in needs the second step, and holding it back until then. The form login's
 * success handler ({@link SecurityConfig}) asks {@link #needsCode}: if so, the password's
 * authentication waits as a {@link PendingSignIn} in the session, the security context is
 * emptied again, and the browser goes to the code step ({@link #CODE_PATH}); the code filter
 * ({@link SecondFactorCodeFilter}) signs the person in once the code is right.
 */
@Component
public class SecondFactorStep {

    /** The code step: its screen (GET, security/ui/SignInCodeView) and its form (POST, the filter). */
    public static final String CODE_PATH = "/sign-in/code";
    /** Where a person who just enrolled at sign-in reads their recovery codes, once. */
    public static final String RECOVERY_CODES_PATH = "/profile/second-factor";
    /** The session attribute holding the recovery codes of an enrolment at sign-in, until shown. */
    public static final String RECOVERY_CODES_TO_SHOW = SecondFactorStep.class.getName() + ".recoveryCodes";

    /** What the code step says of a wrong code. */
    public static final String WRONG_CODE = "That code is not right. Type the six digits your app shows now, or one of your recovery codes.";

    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final SecurityContextHolderStrategy contexts;

    SecondFactorStep(SecondFactors factors, Passkeys passkeys, SecurityContextHolderStrategy contexts) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.contexts = contexts;
    }

    /**
     * THE answer to "does this sign-in satisfy the second factor by itself?". A password never
     * does; a passkey sign-in will (test its authentication's type here, and nowhere else).
     */
    public boolean satisfiesSecondFactor(Authentication signIn) {
        // A passkey is a thing the person has, unlocked by what they know or are (user verification is required: RelyingParty).
        return signIn instanceof WebAuthnAuthentication;
    }

    /**
     * Whether the person's second factor is a passkey alone (no authenticator app): after a password
     * the code step cannot take one, and must not offer to set up an app either, or a stolen password
     * would be enough to add the thief's own.
     */
    public boolean hasPasskeyOnly(String username) {
        return !factors.isEnrolled(username) && passkeys.hasPasskey(username);
    }

    /** Whether this sign-in must still pass the code step: the person has a second factor, or their role requires one. */
    public boolean needsCode(Authentication signIn) {
        return !satisfiesSecondFactor(signIn)
                && (factors.isEnrolled(signIn.getName()) || factors.isRequiredFor(signIn.getAuthorities()));
    }

    /**
     * Holds a sign-in back: the security context the form login saved is taken out of the session
     * again, the sign-in waits as pending, and the browser is sent to the code step.
     */
    void holdBack(HttpServletRequest request, HttpServletResponse response, Authentication signIn)
            throws IOException, ServletException {
        String username = signIn.getName();
        String secret = factors.isEnrolled(username) || passkeys.hasPasskey(username) ? null : factors.newSecret();
        var session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        contexts.clearContext();
        session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(signIn, secret));
        response.sendRedirect(request.getContextPath() + CODE_PATH);
    }
}
