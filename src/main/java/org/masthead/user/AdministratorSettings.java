package org.masthead.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator, created at start while the desk has none ({@code masthead.admin.*}).
 * The password is checked by the password policy when the account is made, with the same sentence
 * the first-run screen shows.
 *
 * @param username their username; nobody is created while it or the password is blank
 * @param password their first password
 * @param name     their display name
 */
@Validated
@ConfigurationProperties("masthead.admin")
public record AdministratorSettings(
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("Administrator") String name) {

    /** Whether the settings ask for an administrator at all. */
    boolean given() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        // Never print the password, should anything log the settings.
        return "AdministratorSettings[username=" + username + ", name=" + name + "]";
    }
}
