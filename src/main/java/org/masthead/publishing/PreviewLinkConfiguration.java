package org.masthead.publishing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PreviewLinkPolicy.class)
class PreviewLinkConfiguration {
}
