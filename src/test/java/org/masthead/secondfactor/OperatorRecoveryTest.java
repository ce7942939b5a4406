package org.masthead.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.audit.AuditTrail;
import org.masthead.security.AuthenticatorApp;
import org.masthead.security.SecondFactorSettings;
import org.masthead.security.SecondFactors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/** The operator's way back in for a locked-out administrator: MASTHEAD_SECOND_FACTOR_CLEAR_FOR, read at start. */
class OperatorRecoveryTest extends ServiceTest {

    @Autowired
    SecondFactors factors;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    private void startWith(String clearFor) {
        new OperatorRecovery(factors, new SecondFactorSettings(Set.of(), "", "Masthead", clearFor), audit, events, transactions)
                .prepare();
    }

    @Test
    void the_setting_clears_that_persons_second_factor_at_start_and_the_audit_trail_says_the_desk_did() {
        AuthenticatorApp.enrol(factors, "admin", factors.newSecret());
        AuthenticatorApp.enrol(factors, "paula", factors.newSecret());

        startWith("admin");

        assertThat(factors.isEnrolled("admin")).isFalse();
        assertThat(factors.isEnrolled("paula")).as("nobody else").isTrue();
        assertThat(desk.jdbc().queryForObject("select actor || ' ' || note from audit_events where action = 'SECOND_FACTOR_CLEARED_AT_START'",
                String.class)).isEqualTo("system admin");
    }

    @Test
    void a_setting_left_behind_changes_and_records_nothing_at_the_next_start() {
        startWith("admin");
        startWith("");

        assertThat(desk.jdbc().queryForObject("select count(*) from audit_events where action = 'SECOND_FACTOR_CLEARED_AT_START'",
                Integer.class)).isZero();
    }
}
