package org.masthead;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Base of service-level tests: the whole application on an in-memory database, a clean desk per test. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ServiceTest {

    @Autowired
    protected Desk desk;

    @BeforeEach
    void cleanDesk() {
        desk.reset();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
