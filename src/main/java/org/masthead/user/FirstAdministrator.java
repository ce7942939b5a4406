package org.masthead.user;

import java.util.Set;
import org.masthead.base.BeforeServing;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default password, ever: while nobody is an administrator, the first one comes from
 * configuration (MASTHEAD_ADMIN_USERNAME, MASTHEAD_ADMIN_PASSWORD, MASTHEAD_ADMIN_NAME), or from the
 * first-run screen, which exists only until then.
 */
@Component
@Order(0)
class FirstAdministrator implements BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserRepository users;
    private final Accounts accounts;
    private final AdministratorSettings settings;

    FirstAdministrator(UserRepository users, Accounts accounts, AdministratorSettings settings) {
        this.users = users;
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void prepare() {
        if (!users.findActiveWithRole(Role.ADMIN).isEmpty()) {
            return;
        }
        if (!settings.given()) {
            log.warn("Nobody is an administrator yet. Set MASTHEAD_ADMIN_USERNAME and MASTHEAD_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create the first one, or open /{} in a browser.",
                    UserService.PASSWORD_MIN, FirstRun.ROUTE);
            return;
        }
        try {
            RunAs.asDesk(Set.of(Role.ADMIN), () -> accounts.create(settings.username(), settings.name(), settings.password(), Set.of(Role.ADMIN)));
        } catch (WorkflowException refused) {
            // Start anyway: the first-run screen still works, and the log says what to fix.
            log.error("The first administrator from MASTHEAD_ADMIN_USERNAME and MASTHEAD_ADMIN_PASSWORD was not created: {}",
                    refused.getMessage());
            return;
        }
        log.info("Created the first administrator, {}. Change the password after signing in.", settings.username());
    }
}
