package org.masthead.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The health endpoint for load balancers: public, answered without a session (a probe every few
 * seconds must not fill the server with sessions), and only "UP" or "DOWN" (see
 * application.properties: no details, nothing else of Actuator exposed).
 */
@Configuration
class HealthSecurity {

    static final String[] HEALTH_PATHS = {"/actuator/health", "/actuator/health/**"};

    @Bean
    @Order(0)
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(HEALTH_PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(ctx -> ctx.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anon -> anon.disable())
                .build();
    }
}
