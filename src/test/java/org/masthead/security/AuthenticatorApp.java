package org.masthead.security;

import java.time.Instant;
import java.util.List;

/** Plays the person's authenticator app in tests: the codes of a secret, now and in the next 30 seconds. */
public final class AuthenticatorApp {

    private AuthenticatorApp() {
    }

    /** The code the app shows now. */
    public static String codeNow(String secret) {
        return TotpCodes.codeAt(secret, TotpCodes.stepAt(Instant.now()));
    }

    /** The code the app shows at this instant (for tests whose clock stands still). */
    public static String codeAt(String secret, Instant instant) {
        return TotpCodes.codeAt(secret, TotpCodes.stepAt(instant));
    }

    /** The code the app shows in the next 30 seconds (still good: one step of drift is allowed). */
    public static String nextCode(String secret) {
        return TotpCodes.codeAt(secret, TotpCodes.stepAt(Instant.now()) + 1);
    }

    /** Enrols a person as the profile does, answering their recovery codes; the app's current code is used up then. */
    public static List<String> enrol(SecondFactors factors, String username, String secret) {
        return factors.enrol(username, secret, codeNow(secret)).orElseThrow();
    }
}
