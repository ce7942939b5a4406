package org.masthead.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.security.AuthenticatorApp;
import org.masthead.security.Role;
import org.masthead.security.SecondFactors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Only an administrator decides who needs a second factor and resets one. */
class SecondFactorAdministrationTest extends ServiceTest {

    @Autowired
    SecondFactorAdministration administration;
    @Autowired
    SecondFactors factors;

    @Test
    void nobody_but_an_administrator_may_reset_a_second_factor_or_choose_the_roles() {
        AuthenticatorApp.enrol(factors, "erin", factors.newSecret());
        long erin = desk.userId("erin");

        for (Role role : new Role[] {Role.WRITER, Role.EDITOR, Role.PUBLISHER}) {
            Desk.signIn("eddie", role);
            assertThatThrownBy(() -> administration.reset(erin)).as(role.label()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.requireFor(Set.of())).as(role.label()).isInstanceOf(AccessDeniedException.class);
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> administration.reset(erin)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(factors.isEnrolled("erin")).isTrue();
    }

    @Test
    void the_roles_default_to_the_configuration_until_an_administrator_chooses_and_then_hold_on_every_node() {
        Desk.signIn("admin", Role.ADMIN);
        assertThat(administration.requiredRoles()).as("the test configuration: none, as in the demo").isEmpty();

        administration.requireFor(Set.of(Role.PUBLISHER));

        assertThat(desk.jdbc().queryForObject("select required_roles from second_factor_policy", String.class)).isEqualTo("PUBLISHER");
        assertThat(administration.requiredRoles()).containsExactly(Role.PUBLISHER);
    }
}
