package org.masthead.publishing.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The prepared public pages go first, ahead of Spring Boot's observation filter (HIGHEST_PRECEDENCE + 1)
 * and Spring Security's chains (-100): what they would do for these requests is already in the answer.
 */
@Configuration
class PreparedPagesRegistration {

    @Bean
    FilterRegistrationBean<PreparedPagesFilter> preparedPublicPages(PreparedPages pages, ApplicationAvailability availability) {
        FilterRegistrationBean<PreparedPagesFilter> registration =
                new FilterRegistrationBean<>(new PreparedPagesFilter(pages, availability));
        registration.setName("preparedPublicPages");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/archive", "/archive/*", "/feed.atom", "/favicon.ico");
        return registration;
    }
}
