package org.masthead.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before the password was checked, because of too many failures. Its message
 * is the same whether or not the account exists.
 */
public class SignInRefusedException extends AuthenticationException {

    public static final String MESSAGE = "Too many failed sign-ins from here or for this name. "
            + "Wait a few minutes, then try again.";

    public SignInRefusedException() {
        super(MESSAGE);
    }
}
