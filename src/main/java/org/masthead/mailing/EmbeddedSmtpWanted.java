package org.masthead.mailing;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether the development mail server runs: asked for ({@code masthead.mail.embedded=true}) and no
 * real one configured. Spring Mail's own {@code spring.mail.host} always wins, so a developer who
 * points the app at a server of their own, or a test with its own GreenMail, gets exactly that.
 */
class EmbeddedSmtpWanted implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        return environment.getProperty("masthead.mail.embedded", Boolean.class, false)
                && !StringUtils.hasText(environment.getProperty("spring.mail.host"));
    }
}
