package org.masthead.user;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Who among the people told in the app also gets the message by email: those who switched it on,
 * and only when a mail server is set up (without spring.mail.host nothing is mailed). The turn
 * mailer sends to exactly these people, so the toasts can say "by email too" honestly.
 */
@Component
public class EmailReach {

    private final ObjectProvider<JavaMailSender> mailer;

    EmailReach(ObjectProvider<JavaMailSender> mailer) {
        this.mailer = mailer;
    }

    @PreAuthorize("isAuthenticated()")
    public List<User> mailedAmong(List<User> told) {
        return mailer.getIfAvailable() != null ? told.stream().filter(u -> u.isActive() && u.wantsEmail()).toList() : List.of();
    }
}
