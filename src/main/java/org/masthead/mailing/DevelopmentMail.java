package org.masthead.mailing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Development and demo mail (see {@link EmbeddedSmtpWanted}): the embedded server, and a
 * JavaMailSender pointing at it, so every mail the app sends (the "your turn" mails, sign-up
 * confirmations, editions) lands on the Outbox screen without any mail setup. Plain beans, not
 * components: nobody calls them but the app itself; the Outbox service guards what people see.
 */
@Configuration
@Conditional(EmbeddedSmtpWanted.class)
class DevelopmentMail {

    @Bean(destroyMethod = "stop")
    DevelopmentSmtp developmentSmtp(Clock clock) {
        return new DevelopmentSmtp(new ReceivedMails(ReceivedMails.KEPT, clock));
    }

    @Bean
    @ConditionalOnMissingBean(MailSender.class)
    JavaMailSender developmentMailSender(DevelopmentSmtp smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.endpoint().host());
        sender.setPort(smtp.endpoint().port());
        sender.setProtocol(smtp.endpoint().protocol());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
