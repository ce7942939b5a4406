package org.masthead;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL the test schemas outlive the run; a context starts by emptying its schema so the
 * second run sees what the first H2 run sees: a database that only the migrations have touched.
 */
@Configuration
@ConditionalOnProperty(name = "masthead.test.clean-database", havingValue = "true")
class TestDatabaseCleaning {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
