package org.masthead.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The health endpoint for load balancers: public, answered without making a session (a probe every
 * few seconds must not fill the server with sessions), and only "UP" or "DOWN" to anyone but an
 * administrator, who sees each component's details (stuck sends, where mail goes) with the session
 * of their signed-in desk (application.properties: show-details when-authorized, role ADMIN).
 */
@Configuration
class HealthSecurity {

    static final String[] HEALTH_PATHS = {"/actuator/health", "/actuator/health/**"};

    @Bean
    @Order(0)
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(HEALTH_PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .securityContext(ctx -> ctx.securityContextRepository(deskSessionReadOnly()))
                .csrf(csrf -> csrf.disable())
                .anonymous(anon -> anon.disable())
                .build();
    }

    /** Reads who is signed in from an existing desk session; never makes one. */
    private static HttpSessionSecurityContextRepository deskSessionReadOnly() {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setAllowSessionCreation(false);
        return sessions;
    }
}
