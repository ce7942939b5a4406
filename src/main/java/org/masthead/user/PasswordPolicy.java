package org.masthead.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.masthead.base.WorkflowException;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long, and not one that attackers try first. Length beats
 * composition rules (NIST 800-63B), so there are none of those; the list of common passwords
 * ships with the app, so the check needs no network.
 */
@Component
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "/user/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks the policy, with a sentence that says how to pick a better one. */
    void check(String password, String username) {
        if (password == null || password.length() < UserService.PASSWORD_MIN) {
            throw WorkflowException.onField(UserService.FIELD_PASSWORD, "A password needs at least " + UserService.PASSWORD_MIN + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw WorkflowException.onField(UserService.FIELD_PASSWORD, "That password is on the lists of leaked passwords that attackers try first. "
                    + "Choose another: a few unrelated words make a good one.");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw WorkflowException.onField(UserService.FIELD_PASSWORD, "A password must not contain the username.");
        }
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
