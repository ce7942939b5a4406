package org.masthead;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Tests hash passwords with bcrypt at its lowest cost (4 rounds instead of 10): the same format
 * ({@code {bcrypt}$2a$04$...}) and the same checks, about 60 times cheaper. Every test resets
 * the desk and creates its team, and at full cost that alone took minutes of the suite.
 */
@Configuration
class CheapPasswordHashing {

    @Bean
    @Primary
    PasswordEncoder cheapPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }
}
