package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.section.SectionState;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The whole path with the mouse, as people do it: the writer drafts with the toolbar and watches
 * the preview, submits; the editor returns it with a note; the writer revises and resubmits; the
 * editor approves; the publisher releases; an anonymous reader finds the edition in the archive
 * and the feed. Every role signs out. Each screen leaves a picture in target/browser/screens.
 */
class WholePathBrowserTest extends BrowserTest {

    private static final String NOTE = "Say who held the rates.";

    @Test
    void a_section_goes_from_draft_to_the_public_archive() {
        long issueId = desk.newIssue();
        List<Long> sections = desk.sectionIds(issueId);
        desk.assign(sections.get(0), "wendy");
        sections.stream().skip(1).forEach(id -> desk.bringTo(id, "walter", SectionState.APPROVED));
        int number = desk.jdbc().queryForObject("select number from issues where id = ?", Integer.class, issueId);

        // The writer drafts with the toolbar and sees the preview follow.
        signIn("wendy");
        screenshot("path-01-writer-desk");
        waitFor(By.id("held-by-me")).findElement(By.linkText("Topics of the Week")).click();
        WebElement body = waitFor(textArea("body"));
        body.sendKeys("Markets rallied on Friday after the central bank held rates.");
        waitForPreview("Markets rallied on Friday");   // as a person would: the text on screen, then the toolbar
        ((JavascriptExecutor) driver).executeScript("arguments[0].setSelectionRange(8, 15)", body);
        click(button("toolbar-bold"));
        await(java.time.Duration.ofSeconds(15))
                .until(d -> valueOf(textArea("body")).equals("Markets **rallied** on Friday after the central bank held rates."));
        waitForPreview("<strong>rallied</strong>");
        screenshot("path-02-writer-drafts");
        click(button("submit"));
        waitForNotification("Submitted");
        waitForText(By.tagName("p"), "In review");
        screenshot("path-03-writer-submitted");
        signOut();

        // The editor returns it with a note.
        signIn("erin");
        waitFor(By.id("review-queue")).findElement(By.linkText("Topics of the Week")).click();
        waitFor(textArea("note")).sendKeys(NOTE);
        screenshot("path-04-editor-reviews");
        click(button("return"));
        waitForNotification("Returned to Wendy Writer");
        screenshot("path-05-editor-returned");
        signOut();

        // The writer reads the note, revises and resubmits.
        signIn("wendy");
        waitFor(By.id("held-by-me")).findElement(By.linkText("Topics of the Week")).click();
        waitForText(By.id("notes"), NOTE);
        WebElement revised = waitFor(textArea("body"));
        revised.click();
        revised.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " The Riksbank held them at 2%.");
        waitForPreview("Riksbank");
        screenshot("path-06-writer-revises");
        click(button("submit"));
        waitForNotification("Submitted");
        signOut();

        // The editor sees what changed and approves.
        signIn("erin");
        waitFor(By.id("review-queue")).findElement(By.linkText("Topics of the Week")).click();
        waitForText(By.id("changes"), "Riksbank");
        // Rendered as readers see it, the new words marked; the Markdown one click away.
        assertThat(waitFor(By.cssSelector("#changes ins.diff-ins")).getText()).contains("The Riksbank held them at 2%.");
        assertThat(driver.findElement(By.id("changes")).getText()).doesNotContain("**");
        screenshot("path-07-editor-sees-changes");
        click(By.cssSelector("vaadin-details#changes-markdown [slot='summary']"));
        waitForText(By.id("changes-markdown-diff"), "**rallied**");
        screenshot("path-07b-editor-shows-markdown");
        click(button("approve"));
        waitForNotification("Approved");
        // Approving closed the round's note: the thread no longer counts it open.
        waitForText(By.id("notes"), "resolved by Erin Editor");
        assertThat(driver.findElement(By.cssSelector("#notes h3")).getText()).isEqualTo("Review notes");
        screenshot("path-08-editor-approved");
        signOut();

        // The publisher releases.
        signIn("paula");
        waitFor(By.id("issues-in-production")).findElement(By.linkText("Release screen")).click();
        waitFor(button("release"));
        waitForText(By.id("release-checks"), "ready to release");
        screenshot("path-09-publisher-before-release");
        click(button("release"));
        waitFor(confirmButton("Release issue " + number + " now"));
        screenshot("path-10a-publisher-asked-to-confirm");
        click(confirmButton("Release issue " + number + " now"));
        waitFor(By.id("permalink"));
        screenshot("path-10-publisher-released");
        signOut();

        // An anonymous visitor reads it in the archive and the feed.
        open("archive");
        screenshot("path-11-public-archive");
        driver.findElement(By.partialLinkText("No. " + number)).click();
        waitForText(By.tagName("body"), "Riksbank");
        assertThat(driver.getPageSource()).contains("<strong>rallied</strong>");
        screenshot("path-12-public-edition");
        open("archive/" + number + "/email");
        assertThat(driver.getPageSource()).contains("Riksbank");
        screenshot("path-13-public-email");
        open("archive/" + number + "/text");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Riksbank");
        screenshot("path-14-public-text");
        open("feed.atom");
        assertThat(driver.getPageSource()).contains("Riksbank").contains("/archive/" + number);
        screenshot("path-15-public-feed");
    }

    private void waitForPreview(String html) {
        await(java.time.Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("preview")).getDomProperty("innerHTML").contains(html));
    }
}
