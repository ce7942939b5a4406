package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.section.SectionState;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15, a reader from outside, as people do it: erin creates a preview link on the issue's
 * board, a lawyer opens it without an account and comments on a section, and wendy, its writer,
 * finds the comment among the section's review notes. Pictures in target/browser/screens.
 */
class PreviewLinkBrowserTest extends BrowserTest {

    @Test
    void an_editor_shares_a_preview_a_lawyer_comments_and_the_writer_reads_the_note() {
        long issueId = desk.newIssue();
        List<Long> sections = desk.sectionIds(issueId);
        desk.bringTo(sections.get(0), "wendy", SectionState.APPROVED);
        desk.bringTo(sections.get(2), "wendy", SectionState.IN_REVIEW);

        signIn("erin");
        open("issues/" + issueId);
        click(button("create-preview-link"));
        waitForNotification("Preview link created");
        WebElement address = waitFor(By.cssSelector("#preview-link-list a[id^='preview-link-']"));
        String link = URI.create(address.getDomAttribute("href")).getPath();
        assertThat(link).startsWith("/archive/preview/");
        // A taller window for the picture: the list sits at the foot of the board, under the toast.
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(), 1300));
        await(Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        screenshot("preview-01-erin-creates-a-link");
        driver.manage().window().setSize(before);
        signOut();

        // Signed out, without an account: the issue as it stands, marked as a preview. (Leaving the
        // sign-in page first: the desk's page may still set its own cookie as it goes.)
        driver.get(url("archive/archive.css"));
        driver.manage().deleteAllCookies();
        driver.get(url(link));
        waitForText(By.cssSelector("aside.preview-banner"), "Preview — not released.");
        assertThat(driver.findElement(By.cssSelector("meta[name=robots]")).getDomAttribute("content")).isEqualTo("noindex");
        assertThat(driver.manage().getCookies()).as("the preview builds no session").isEmpty();
        screenshot("preview-02-the-lawyer-reads-the-issue");

        driver.findElement(By.id("comment-name")).sendKeys("Lena Lawyer");
        new Select(driver.findElement(By.id("comment-section"))).selectByVisibleText("Policy & Research News");
        driver.findElement(By.id("comment-text")).sendKeys("The second paragraph names a person: we need their consent first.");
        screenshot("preview-03-the-lawyer-writes-a-comment");
        driver.findElement(By.cssSelector("form.comment button[type=submit]")).click();
        waitForText(By.cssSelector("section.preview-comment .sent"), "Thank you: your comment reached the desk");
        assertThat(driver.manage().getCookies()).as("commenting builds no session").isEmpty();
        screenshot("preview-04-the-comment-reached-the-desk");

        // Wendy finds it among the notes of her section.
        signIn("wendy");
        open("sections/" + sections.get(2));
        waitForText(By.id("notes"), "Lena Lawyer (preview link) commented");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('notes').scrollIntoView({block: 'center'})");
        screenshot("preview-05-wendy-reads-the-note");
        assertThat(driver.findElement(By.id("notes")).getText()).contains("we need their consent first");
    }
}
