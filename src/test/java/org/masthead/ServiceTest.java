package org.masthead;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/** Base of service-level tests: the whole application on an in-memory database, a clean desk per test. */
@SpringBootTest
@ActiveProfiles(resolver = TestDatabase.Test.class)
public abstract class ServiceTest {

    @Autowired
    protected Desk desk;

    @Autowired
    private SecurityContextHolderStrategy securityStrategy;

    @BeforeEach
    void cleanDesk() {
        useSecurityOf(securityStrategy);
        desk.reset();
    }

    /**
     * Each Spring context installs its own Vaadin-aware holder strategy globally; when the test
     * run has several contexts, the last one started wins. Point the global holder back at this
     * context's strategy, which its method-security interceptors read.
     */
    public static void useSecurityOf(SecurityContextHolderStrategy strategy) {
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
