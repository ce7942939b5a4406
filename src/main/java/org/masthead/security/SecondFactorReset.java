package org.masthead.security;

/**
 * Published when a person's second factor is taken away (an administrator's reset, an operator's
 * recovery at start), after it is stored. The hook that ends that person's sessions everywhere
 * listens for it.
 */
public record SecondFactorReset(String username) {
}
