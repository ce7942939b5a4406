package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.KaribuTest;
import org.masthead.security.Role;
import org.masthead.security.ui.LoginView;

/**
 * No dead ends: an address the role may not use, or one the desk does not know, is answered by
 * a page in the app's layout that says what happened and leads back, never Vaadin's bare page.
 */
class ErrorPagesTest extends KaribuTest {

    @ParameterizedTest(name = "a writer typing /{0} is told it is not for their role, in the desk")
    @ValueSource(strings = {"users", "review/{section}", "audit", "backup", "outbox", "import", "correct/{issue}"})
    void a_writer_typing_the_address_of_a_screen_not_for_writers_is_told_so_in_the_desk(String address) {
        login("wendy", Role.WRITER);

        int status = typeAddress(withRealIds(address));

        assertThat(status).isEqualTo(403);
        assertErrorPage("forbidden", "Your role does not allow you to open this page.");
    }

    @ParameterizedTest(name = "a writer typing /{0} is told there is no such page, in the desk")
    @ValueSource(strings = {"nonsense", "sections/abc"})
    void a_writer_typing_an_address_the_desk_does_not_know_is_told_so_in_the_desk(String address) {
        login("wendy", Role.WRITER);

        int status = typeAddress(address);

        assertThat(status).isEqualTo(404);
        assertErrorPage("not-found", "There is no page at /" + address + ". The address may be mistyped, or what it named is gone.");
    }

    @Test
    void a_writer_typing_the_address_of_a_section_that_does_not_exist_is_told_so_in_the_desk() {
        login("wendy", Role.WRITER);

        int status = typeAddress("sections/999999");

        assertThat(status).isEqualTo(404);
        assertErrorPage("refused", "That section does not exist.");
    }

    @Test
    void a_signed_out_person_typing_a_desk_address_lands_on_the_sign_in_page_and_an_unknown_one_on_the_page_that_leads_there() {
        typeAddress("users");
        assertThat(currentView()).isInstanceOf(LoginView.class);

        assertThat(typeAddress("nonsense")).isEqualTo(404);
        assertErrorPage("not-found", "There is no page at /nonsense. The address may be mistyped, or what it named is gone.");
    }

    private String withRealIds(String address) {
        long issueId = desk.newIssue();
        return address.replace("{issue}", Long.toString(issueId))
                .replace("{section}", Long.toString(desk.sectionIds(issueId).get(0)));
    }
}
