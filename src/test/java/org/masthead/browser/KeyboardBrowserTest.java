package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.section.SectionState;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The whole path with the keyboard alone: Tab (and Shift+Tab) to every control, Enter to act, the
 * editor's shortcuts to format. Every control reached shows that it has the focus. Screens are
 * opened by their address, as typed in the address bar; everything on them is done with keys.
 */
class KeyboardBrowserTest extends BrowserTest {

    private static final String NOTE = "Name the central bank.";

    @Test
    void every_action_of_the_path_is_reachable_by_keyboard_with_visible_focus() {
        long issueId = desk.newIssue();
        List<Long> sections = desk.sectionIds(issueId);
        long sectionId = sections.get(0);
        desk.assign(sectionId, "wendy");
        sections.stream().skip(1).forEach(id -> desk.bringTo(id, "walter", SectionState.APPROVED));
        int number = desk.jdbc().queryForObject("select number from issues where id = ?", Integer.class, issueId);

        // The writer drafts with the shortcuts and a toolbar button, then submits.
        signInByKeyboard("wendy");
        open("sections/" + sectionId);
        tabTo(textArea("body"), false);
        keys("Markets rallied");
        press(Keys.ARROW_LEFT, Keys.SHIFT, Keys.CONTROL);
        press("b", Keys.CONTROL);
        waitForValue("Markets **rallied**");
        press(Keys.END, Keys.CONTROL);
        keys(" on Friday.", Keys.ENTER, "Rates held");
        tabTo(button("toolbar-quote"), true);
        keys(Keys.ENTER);
        waitForValue("Markets **rallied** on Friday.\n> Rates held");
        waitForPreview("<blockquote>");
        assertThat(driver.findElement(By.id("preview")).getDomProperty("innerHTML")).contains("<strong>rallied</strong>");
        screenshot("keys-01-writer-drafts");
        tabTo(button("submit"), false);
        keys(Keys.ENTER);
        waitForNotification("Submitted");
        signOutByKeyboard();

        // The editor returns it with a note.
        signInByKeyboard("erin");
        open("review/" + sectionId);
        tabTo(textArea("note"), false);
        keys(NOTE);
        tabTo(button("return"), false);
        keys(Keys.ENTER);
        waitForNotification("Returned to");
        screenshot("keys-02-editor-returned");
        signOutByKeyboard();

        // The writer revises and resubmits.
        signInByKeyboard("wendy");
        open("sections/" + sectionId);
        waitForText(By.id("notes"), NOTE);
        tabTo(textArea("body"), false);
        press(Keys.END, Keys.CONTROL);
        keys(" by the Riksbank.");
        waitForPreview("Riksbank");
        tabTo(button("submit"), false);
        keys(Keys.ENTER);
        waitForNotification("Submitted");
        signOutByKeyboard();

        // The editor approves.
        signInByKeyboard("erin");
        open("review/" + sectionId);
        tabTo(button("approve"), false);
        keys(Keys.ENTER);
        waitForNotification("Approved");
        signOutByKeyboard();

        // The publisher releases and finds the way to the public edition.
        signInByKeyboard("paula");
        open("release/" + issueId);
        tabTo(button("release"), false);
        keys(Keys.ENTER);
        tabTo(confirmButton("Release issue " + number + " now"), false);
        keys(Keys.ENTER);
        waitFor(By.id("permalink"));
        tabTo(By.id("permalink"), false);
        screenshot("keys-03-publisher-released");
        signOutByKeyboard();

        // A reader reaches the edition from the archive with the keyboard.
        open("archive");
        tabTo(By.partialLinkText("No. " + number), false);
        keys(Keys.ENTER);
        waitForText(By.tagName("body"), "Riksbank");
        assertThat(driver.getCurrentUrl()).contains("/archive/" + number);
        screenshot("keys-04-public-edition");
    }

    private void signInByKeyboard(String username) {
        driver.manage().deleteAllCookies();
        open("login");
        tabTo(By.cssSelector("vaadin-login-form input[name='username']"), false);
        keys(username);
        tabTo(By.cssSelector("vaadin-login-form input[name='password']"), false);
        keys(Desk.PASSWORD, Keys.ENTER);
        await(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    private void signOutByKeyboard() {
        tabTo(By.id("sign-out"), true);
        keys(Keys.ENTER);
        waitFor(By.cssSelector("vaadin-login-form"));
    }

    private static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** A key with modifiers held down, as a person presses a shortcut. */
    private static void press(CharSequence key, Keys... modifiers) {
        Actions actions = new Actions(driver);
        for (Keys modifier : modifiers) {
            actions.keyDown(modifier);
        }
        actions.sendKeys(key);
        for (Keys modifier : modifiers) {
            actions.keyUp(modifier);
        }
        actions.perform();
    }

    /**
     * Presses Tab (or Shift+Tab) until the element has the focus, then asserts that the focus
     * shows: Vaadin's focus-ring attribute, or an outline or box shadow on the focused element.
     */
    private void tabTo(By locator, boolean backwards) {
        WebElement target = waitFor(locator);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String focused = "let a = document.activeElement;"
                + "while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }";
        for (int presses = 0; presses < 80; presses++) {
            if (Boolean.TRUE.equals(js.executeScript(focused + "const t = arguments[0];"
                    + "for (let n = a; n; n = n.parentNode || n.host) { if (n === t) { return true; } } return false;", target))) {
                Object shows = js.executeScript(focused
                        + "const visible = e => { const s = getComputedStyle(e);"
                        + "  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };"
                        + "if (visible(a)) { return true; }"
                        + "for (let n = a; n; n = n.parentNode || n.host) {"
                        + "  if (n.hasAttribute && n.hasAttribute('focus-ring')) { return true; }"
                        + "  if (n.tagName && n.tagName.includes('-')) { return false; } }"
                        + "return false;");
                assertThat(shows).as("a visible focus indicator on " + locator).isEqualTo(true);
                return;
            }
            if (backwards) {
                press(Keys.TAB, Keys.SHIFT);
            } else {
                keys(Keys.TAB);
            }
        }
        throw new AssertionError("Tab never reached " + locator);
    }

    private void waitForValue(String value) {
        await(Duration.ofSeconds(15)).until(d -> valueOf(textArea("body")).equals(value));
    }

    private void waitForPreview(String html) {
        await(Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("preview")).getDomProperty("innerHTML").contains(html));
    }
}
