package org.masthead.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before the password was checked, because of too many failures. Its message
 * is the same whether or not the account exists.
 */
public class SignInRefusedException extends AuthenticationException {

    /** Every refusal is of this address (for this name, or for all): another network gets in. */
    public static final String MESSAGE = "Too many failed sign-ins from here. "
            + "Wait a few minutes, then try again, or sign in from another network.";

    public SignInRefusedException() {
        super(MESSAGE);
    }
}
