package org.masthead.secondfactor;

import java.util.Set;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.BeforeServing;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.masthead.security.SecondFactorReset;
import org.masthead.security.SecondFactorSettings;
import org.masthead.security.SecondFactors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an operator lets a locked-out administrator in again (README, "Sign-in protection"): with
 * {@code MASTHEAD_SECOND_FACTOR_CLEAR_FOR=name} the app clears that person's second factor as it
 * starts, before anyone is answered, and the audit trail says the desk did it at the operator's
 * request. Clearing what is already clear changes and records nothing, so a setting left behind
 * does no harm at the next restart.
 */
@Component
@Order(100)
class OperatorRecovery implements BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(OperatorRecovery.class);

    private final SecondFactors factors;
    private final SecondFactorSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    OperatorRecovery(SecondFactors factors, SecondFactorSettings settings, AuditTrail audit,
                     ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.factors = factors;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void prepare() {
        String username = settings.clearFor();
        if (username.isEmpty()) {
            return;
        }
        if (!factors.isEnrolled(username)) {
            log.warn("MASTHEAD_SECOND_FACTOR_CLEAR_FOR names {}, who has no second factor: nothing to clear. Remove the setting.", username);
            return;
        }
        RunAs.asDesk(Set.of(Role.ADMIN), () -> transaction.execute(tx -> {
            factors.clear(username);
            audit.record(AuditAction.SECOND_FACTOR_CLEARED_AT_START, null, null, null, null, username);
            return null;
        }));
        events.publishEvent(new SecondFactorReset(username));
        log.warn("Cleared the second factor of {} as MASTHEAD_SECOND_FACTOR_CLEAR_FOR asked. Remove the setting now.", username);
    }
}
