package org.masthead.mailing;

import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({MailSettings.class, MailProperties.class, DkimSettings.class, BounceSettings.class})
class MailConfiguration {
}
