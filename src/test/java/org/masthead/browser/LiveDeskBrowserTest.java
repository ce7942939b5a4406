package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.section.SectionState;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Two people at the desk at once, each in a browser of their own: what one does shows on the
 * other's screen without a reload, and a browser that goes away leaves "Also here".
 */
class LiveDeskBrowserTest extends BrowserTest {

    /** Long enough for push and for three missed heartbeats (2 s each in tests); not a speed check. */
    private static final Duration WITHOUT_RELOAD = Duration.ofSeconds(20);

    private WebDriver erins;
    private WebDriver other;

    @AfterEach
    void closeTheOtherBrowser() {
        if (other != null) {
            other.quit();
            other = null;
        }
    }

    @Test
    void when_wendy_submits_erins_desk_and_inbox_count_change_without_a_reload() throws IOException {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.DRAFT);
        signIn("erin");
        open("");
        waitForText(By.id("review-queue"), "Nothing is waiting for review.");
        assertThat(driver.findElement(By.id("inbox-count")).getText()).isEqualTo("Inbox");
        markPage();

        inAnotherBrowser(() -> {
            signIn("wendy");
            open("sections/" + sectionId);
            click(button("submit"));
            waitForNotification("Submitted");
        });

        await(WITHOUT_RELOAD).until(d -> d.findElement(By.id("review-queue")).getText()
                .contains("Topics of the Week"));
        await(WITHOUT_RELOAD).until(d -> d.findElement(By.id("inbox-count")).getText()
                .equals("Inbox (1)"));
        assertThat(pageWasNotReloaded()).as("the same page, not a reload").isTrue();
        screenshot("live-desk-01-erins-desk-after-wendys-submit");
    }

    @Test
    void when_walters_browser_goes_away_erin_no_longer_sees_him_also_here() throws IOException {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "walter", SectionState.DRAFT);
        inAnotherBrowser(() -> {
            signIn("walter");
            open("sections/" + sectionId);
        });
        signIn("erin");
        open("sections/" + sectionId);
        waitForText(By.id("presence"), "Also here: Walter Writer");
        screenshot("live-desk-02-walter-also-here");

        other.quit();
        other = null;

        await(WITHOUT_RELOAD).until(d -> d.findElement(By.id("presence")).getText().isEmpty());
        screenshot("live-desk-03-walter-gone");
    }

    /** Runs the steps in a second browser (its own session), then hands the helpers back to Erin's. */
    private void inAnotherBrowser(Runnable steps) throws IOException {
        if (other == null) {
            other = newBrowser();
        }
        erins = driver;
        driver = other;
        try {
            steps.run();
        } finally {
            driver = erins;
        }
    }

    /** Leaves a mark in the page that a reload would wipe. */
    private static void markPage() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.__notReloaded = true;");
    }

    private static boolean pageWasNotReloaded() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.__notReloaded === true;"));
    }
}
