package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.section.SectionState;
import org.openqa.selenium.By;

/**
 * Four eyes before the click, in a real browser: eddie, editor and writer, opens the review
 * screen of the section he wrote. He is offered neither Approve nor Return, is told who may
 * approve it instead, and his desk does not list it as waiting for his review; erin gets both.
 */
class FourEyesBrowserTest extends BrowserTest {

    @Test
    void a_writer_who_edits_is_told_who_may_approve_his_own_section_instead_of_being_offered_the_button() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "eddie", SectionState.IN_REVIEW);

        signIn("eddie");
        waitFor(By.id("review-queue"));
        assertThat(driver.findElement(By.id("review-queue")).getText()).doesNotContain("Topics of the Week");
        open("review/" + id);
        waitForText(By.id("who-decides"), "You wrote this section; another editor must approve it: Erin Editor.");
        screenshot("four-eyes-01-eddie-reviews-his-own");
        assertThat(driver.findElements(By.id("approve"))).allMatch(button -> !button.isDisplayed());
        assertThat(driver.findElements(By.id("return"))).allMatch(button -> !button.isDisplayed());
        signOut();

        signIn("erin");
        waitForText(By.id("review-queue"), "Topics of the Week");
        open("review/" + id);
        waitFor(button("approve"));
        screenshot("four-eyes-02-erin-may-approve");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("another editor must approve");
    }
}
