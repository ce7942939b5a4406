package org.masthead.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.TestDatabase;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"masthead.admin.username=chief", "masthead.admin.password=a-long-first-secret",
        "masthead.admin.name=Chief Admin", "masthead.test.database=first_admin"})
@ActiveProfiles(resolver = TestDatabase.Prod.class)
class FirstAdministratorTest {

    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void in_production_the_first_administrator_comes_from_configuration_and_nobody_else_exists() {
        assertThat(users.findAll()).singleElement().satisfies(user -> {
            assertThat(user.getUsername()).isEqualTo("chief");
            assertThat(user.getDisplayName()).isEqualTo("Chief Admin");
            assertThat(user.getRoles()).containsExactly(Role.ADMIN);
            assertThat(encoder.matches("a-long-first-secret", user.getPasswordHash())).isTrue();
            assertThat(user.getPasswordHash()).doesNotContain("a-long-first-secret");
        });
    }
}
