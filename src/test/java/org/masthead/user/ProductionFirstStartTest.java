package org.masthead.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** Starting the prod profile on an empty database with no administrator configured. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {"masthead.test.database=prod_first_start", "masthead.demo.enabled=true"})
@ActiveProfiles(resolver = TestDatabase.Prod.class)
class ProductionFirstStartTest {

    @Autowired
    UserRepository users;
    @Autowired
    FirstRun firstRun;

    @Test
    void without_an_administrator_configured_nobody_exists_and_the_log_says_what_to_set(CapturedOutput output) {
        assertThat(users.count()).as("no demo people, no default account").isZero();
        assertThat(firstRun.administratorExists()).isFalse();
        assertThat(output.getAll()).contains("Nobody is an administrator yet. Set MASTHEAD_ADMIN_USERNAME and "
                + "MASTHEAD_ADMIN_PASSWORD (at least 12 characters) and restart to create the first one, "
                + "or open /welcome in a browser.");
    }
}
