package org.masthead.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;
import static org.masthead.Desk.set;
import static org.masthead.Desk.signIn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

class UserServiceTest extends ServiceTest {

    @Autowired
    UserService users;
    @Autowired
    Accounts accounts;
    @Autowired
    OwnAccount own;
    @Autowired
    FirstRun firstRun;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    AuditTrail audit;

    @Test
    void an_administrator_adds_a_person_with_a_name_an_email_a_username_and_roles() {
        signIn("admin", Role.ADMIN);

        User nina = accounts.create("Nina", "Nina Newcomer", "nina@example.org", "violet-kettle-morning", set(Role.WRITER));

        assertThat(nina.getUsername()).isEqualTo("nina");
        assertThat(nina.getEmail()).isEqualTo("nina@example.org");
        assertThat(nina.getRoles()).containsExactly(Role.WRITER);
        assertThat(signsIn("nina", "violet-kettle-morning")).isTrue();
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused() {
        signIn("admin", Role.ADMIN);

        assertThatThrownBy(() -> accounts.create("nina", "Nina", null, "short-pass1", set(Role.WRITER)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("at least 12 characters");
    }

    @Test
    void a_well_known_password_is_refused_however_it_is_capitalised() {
        signIn("admin", Role.ADMIN);

        assertThatThrownBy(() -> accounts.create("nina", "Nina", null, "Password123456", set(Role.WRITER)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("leaked passwords");
        assertThatThrownBy(() -> accounts.create("nina", "Nina", null, "QWERTYUIOP12", set(Role.WRITER)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("leaked passwords");
        assertThat(accounts.all()).extracting(User::getUsername).doesNotContain("nina");
    }

    @Test
    void a_password_may_not_contain_the_username() {
        signIn("admin", Role.ADMIN);

        assertThatThrownBy(() -> accounts.create("nina", "Nina", null, "nina-has-a-long-one", set(Role.WRITER)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("username");
    }

    @Test
    void the_shipped_list_of_common_passwords_is_a_few_thousand_long_ones() {
        PasswordPolicy policy = new PasswordPolicy();

        assertThat(policy.isCommon("password123456")).isTrue();
        assertThat(policy.isCommon("qwertyuiop12")).isTrue();
        assertThat(policy.isCommon("1qaz2wsx3edc")).isTrue();
        assertThat(policy.isCommon(Desk.PASSWORD)).isFalse();
    }

    @Test
    void the_last_active_administrator_cannot_lose_the_role() {
        signIn("admin", Role.ADMIN);
        long admin = desk.userId("admin");

        assertThatThrownBy(() -> accounts.changeRoles(admin, set(Role.EDITOR)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("must stay an administrator");
        assertThat(users.require(admin).getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void an_administrator_may_step_down_once_another_is_active() {
        signIn("admin", Role.ADMIN);
        accounts.create("ann", "Ann Other-Admin", null, "second-admin-secret", set(Role.ADMIN));

        accounts.changeRoles(desk.userId("admin"), set(Role.EDITOR));

        assertThat(users.require(desk.userId("admin")).getRoles()).containsExactly(Role.EDITOR);
    }

    @Test
    void the_last_active_administrator_cannot_be_deactivated() {
        signIn("admin", Role.ADMIN);
        accounts.create("ann", "Ann Other-Admin", null, "second-admin-secret", set(Role.ADMIN));
        as("ann", roles(Role.ADMIN), () -> accounts.deactivate(desk.userId("admin")));
        long ann = desk.userId("ann");

        signIn("root", Role.ADMIN);
        assertThatThrownBy(() -> accounts.deactivate(ann))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("last active administrator");
        assertThat(users.require(ann).isActive()).isTrue();
    }

    @Test
    void an_administrator_cannot_deactivate_themselves() {
        signIn("admin", Role.ADMIN);
        accounts.create("ann", "Ann Other-Admin", null, "second-admin-secret", set(Role.ADMIN));

        assertThatThrownBy(() -> accounts.deactivate(desk.userId("admin")))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("your own account");
    }

    @Test
    void a_deactivated_person_cannot_sign_in_but_keeps_their_sections() {
        long section = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(section, "wendy", SectionState.IN_REVIEW);
        signIn("admin", Role.ADMIN);

        accounts.deactivate(desk.userId("wendy"));

        assertThatThrownBy(() -> authenticate("wendy", Desk.PASSWORD))
                .isInstanceOf(DisabledException.class);
        assertThat(desk.section(section).getWriterName()).isEqualTo("Wendy Writer");
        assertThat(as("erin", roles(Role.EDITOR), () -> users.writers())).extracting(User::getUsername)
                .doesNotContain("wendy");
    }

    @Test
    void a_reactivated_person_can_sign_in_again() {
        signIn("admin", Role.ADMIN);
        long wendy = desk.userId("wendy");
        accounts.deactivate(wendy);

        accounts.reactivate(wendy);

        assertThat(signsIn("wendy", Desk.PASSWORD)).isTrue();
    }

    @Test
    void a_reset_password_is_a_new_strong_one_that_replaces_the_old() {
        signIn("admin", Role.ADMIN);

        String given = accounts.resetPassword(desk.userId("wendy"));

        assertThat(given).hasSizeGreaterThanOrEqualTo(UserService.PASSWORD_MIN);
        assertThat(new PasswordPolicy().isCommon(given)).isFalse();
        assertThat(signsIn("wendy", given)).isTrue();
        assertThat(signsIn("wendy", Desk.PASSWORD)).isFalse();
    }

    @Test
    void everyone_changes_their_own_password_by_giving_the_current_one() {
        signIn("wendy", Role.WRITER);

        own.changeOwnPassword(Desk.PASSWORD, "a-much-better-phrase");

        assertThat(signsIn("wendy", "a-much-better-phrase")).isTrue();
    }

    @Test
    void a_wrong_current_password_changes_nothing() {
        signIn("wendy", Role.WRITER);

        assertThatThrownBy(() -> own.changeOwnPassword("not-the-password", "a-much-better-phrase"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("current password is not right");
        assertThat(signsIn("wendy", Desk.PASSWORD)).isTrue();
    }

    @Test
    void everyone_changes_the_name_the_desk_shows_for_them() {
        signIn("walter", Role.WRITER);

        own.changeOwnProfile("Walter W. Writer", "walter@example.org");

        assertThat(users.current().getDisplayName()).isEqualTo("Walter W. Writer");
        assertThat(users.current().getEmail()).isEqualTo("walter@example.org");
    }

    @Test
    void only_an_administrator_manages_people() {
        long wendy = desk.userId("wendy");
        signIn("erin", Role.EDITOR, Role.PUBLISHER, Role.WRITER);

        assertThatThrownBy(() -> accounts.deactivate(wendy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(wendy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRoles(wendy, set(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changes_to_people_are_in_the_audit_trail() {
        signIn("admin", Role.ADMIN);
        long wendy = desk.userId("wendy");

        accounts.changeRoles(wendy, set(Role.WRITER, Role.EDITOR));
        accounts.deactivate(wendy);
        accounts.resetPassword(wendy);

        List<AuditEvent> latest = audit.latest(3);
        assertThat(latest).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.USER_PASSWORD_RESET, AuditAction.USER_DEACTIVATED, AuditAction.USER_ROLES_CHANGED);
        assertThat(latest).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("admin");
            assertThat(e.getNote()).isEqualTo("wendy");
        });
    }

    @Test
    void while_nobody_is_an_administrator_anyone_may_become_the_first() {
        removeEveryone();
        signOut();

        User first = firstRun.createFirstAdministrator("Founder", "Fay Founder", "fay@example.org", "first-light-on-the-desk");

        assertThat(first.getRoles()).containsExactly(Role.ADMIN);
        assertThat(firstRun.administratorExists()).isTrue();
    }

    @Test
    void once_an_administrator_exists_the_first_run_is_refused_on_the_server() {
        assertThatThrownBy(() -> firstRun.createFirstAdministrator("mallory", "Mallory", null, "let-me-take-over-now"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("already has an administrator");
        signIn("admin", Role.ADMIN);
        assertThat(accounts.all()).extracting(User::getUsername).doesNotContain("mallory");
    }

    @Test
    void nobody_signed_in_cannot_look_a_person_up_by_id() {
        long wendy = desk.userId("wendy");
        signOut();

        assertThatThrownBy(() -> users.require(wendy)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_writer_cannot_look_up_another_persons_email_and_roles_by_id() {
        long erin = desk.userId("erin");
        signIn("wendy", Role.WRITER);

        assertThatThrownBy(() -> users.require(erin)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_editor_assigning_writers_looks_a_person_up_by_id() {
        long wendy = desk.userId("wendy");
        signIn("erin", Role.EDITOR);

        assertThat(users.require(wendy).getUsername()).isEqualTo("wendy");
    }

    private boolean signsIn(String username, String password) {
        try {
            return authenticate(username, password).isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    private Authentication authenticate(String username, String password) {
        try {
            return authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void removeEveryone() {
        desk.jdbc().update("delete from user_roles");
        desk.jdbc().update("delete from users");
    }

    private static void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
