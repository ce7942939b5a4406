package org.masthead.user;

import java.util.regex.Pattern;
import org.masthead.base.WorkflowException;

/** What a name and an email address must be, whether an administrator types them or the person themself. */
final class PersonDetails {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PersonDetails() {
    }

    static String checkedName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > User.DISPLAY_NAME_MAX) {
            throw WorkflowException.onField(UserService.FIELD_NAME,
                    "Give the person a name of at most " + User.DISPLAY_NAME_MAX + " characters.");
        }
        return displayName.strip();
    }

    /** The address stripped, or null for none given. */
    static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String mail = email.strip();
        if (mail.length() > User.EMAIL_MAX || !EMAIL.matcher(mail).matches()) {
            throw WorkflowException.onField(UserService.FIELD_EMAIL,
                    "That does not look like an email address: it needs a name, an @ and a domain.");
        }
        return mail;
    }
}
