package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 11 as a reader and a publisher meet it in a real browser: one writer's hostile draft
 * does not stall the release screen, and the public side answers a wrong address or page number
 * with its own page instead of the desk's sign-in.
 */
class HostileInputBrowserTest extends BrowserTest {

    @Test
    void the_release_screen_opens_over_a_draft_of_ten_thousand_quote_markers_and_says_what_waits() {
        long issueId = desk.newIssue();
        long topics = desk.sectionIds(issueId).get(0);
        desk.draft(topics, "wendy", ">".repeat(10_000));

        signIn("paula");
        open("release/" + issueId);

        waitForText(By.tagName("body"), "\"Topics of the Week\" is draft (Wendy Writer).");
        screenshot("hostile-01-release-screen-over-a-hostile-draft");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Something went wrong");
    }

    @Test
    void the_public_side_answers_a_wrong_address_and_an_impossible_page_with_its_own_page() {
        driver.get(url("archive/no-such-issue/at-all"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not in the archive");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("There is nothing in the archive at this address.");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        screenshot("hostile-02-public-not-found");

        driver.get(url("archive?page=107374184"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not in the archive");

        driver.get(url("archive?page=abc"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("The archive cannot make sense of this address.");
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).as("a session for a reader's wrong address").isNull();
        screenshot("hostile-03-public-bad-page-number");
    }
}
