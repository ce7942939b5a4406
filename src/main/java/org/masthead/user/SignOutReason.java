package org.masthead.user;

/**
 * Why a person's desk sessions were ended, with the sentence their tab's sign-in page says. Stored by
 * name (users.stamp_reason, desk_sessions.end_reason), at most 30 characters.
 */
public enum SignOutReason {

    DEACTIVATED("Your account was deactivated."),
    ROLES_CHANGED("An administrator changed your roles; sign in again."),
    PASSWORD_RESET("An administrator reset your password; sign in with the new one."),
    PASSWORD_RESET_BY_LINK("Your password was reset from a link mailed to you; sign in with the new one."),
    PASSWORD_CHANGED("Your password was changed in another session; sign in with the new one."),
    SECOND_FACTOR_RESET("An administrator reset your second factor; sign in again."),
    ACCOUNT_CHANGED("An administrator changed your account; sign in again."),
    SIGNED_OUT_BY_YOU("You signed this session out from another one of yours."),
    SIGNED_OUT_BY_ADMIN("An administrator signed you out; sign in again."),
    NOT_ME("Your account was signed out everywhere from the \"This wasn't me\" link of a new-device mail."),
    SIGNED_OUT("You signed out."),
    ENDED("Your session has ended; sign in again.");

    private final String sentence;

    SignOutReason(String sentence) {
        this.sentence = sentence;
    }

    /** What the sign-in page tells the person whose session this ended. */
    public String sentence() {
        return sentence;
    }

    /** The reason stored under this name, or {@link #ACCOUNT_CHANGED} for one not known (or none). */
    static SignOutReason named(String name) {
        if (name != null) {
            for (SignOutReason reason : values()) {
                if (reason.name().equals(name)) {
                    return reason;
                }
            }
        }
        return ACCOUNT_CHANGED;
    }
}
