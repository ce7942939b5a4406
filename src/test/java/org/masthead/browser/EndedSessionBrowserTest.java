package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.masthead.user.Accounts;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 25's reproduction in a real browser: Erin has a section's review screen open when Adam
 * deactivates her; her click on Approve in that tab is not carried out: the tab lands on the sign-in
 * page, which says why, and the section is still in review. On main, the section was approved.
 */
class EndedSessionBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void a_deactivated_editor_clicking_approve_in_her_open_tab_lands_on_sign_in_told_why_and_approves_nothing() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        long erin = desk.userId("erin");
        signIn("erin");
        open("review/" + id);
        waitFor(button("approve"));

        Desk.as("admin", Desk.roles(Role.ADMIN), () -> accounts.deactivate(erin));
        click(button("approve"));

        await(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/login"));
        waitForText(By.id("signed-out-because"), "Your account was deactivated.");
        screenshot("ended-session-01-erin-told-why");
        assertThat(desk.jdbc().queryForObject("select state from sections where id = ?", String.class, id))
                .isEqualTo(SectionState.IN_REVIEW.name());
    }
}
