package org.masthead.mailing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SignUpLimits.class)
class SignUpConfiguration {
}
