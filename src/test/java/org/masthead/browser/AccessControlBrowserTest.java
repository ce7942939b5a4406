package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.section.SectionState;
import org.openqa.selenium.By;

/**
 * Typing the address of a screen the role may not use shows the refusal page in the desk (or,
 * signed out, the sign-in page), never the screen; an unknown address shows the not-found page.
 * Neither is Vaadin's bare "Could not navigate" page.
 */
class AccessControlBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} cannot open screens not meant for the role")
    @ValueSource(strings = {"anonymous", "wendy", "erin", "paula", "admin"})
    void a_typed_address_never_shows_a_screen_the_role_may_not_use(String who) {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.bringTo(sectionId, "walter", SectionState.IN_REVIEW);
        Map<String, By> screens = new LinkedHashMap<>();
        screens.put("issues", By.id("issues"));
        screens.put("issues/" + issueId, By.id("board"));
        screens.put("sections/" + sectionId, By.id("body"));
        screens.put("review/" + sectionId, By.id("changes-summary"));
        screens.put("release/" + issueId, By.id("release-checks"));
        screens.put("correct/" + issueId, By.id("correction-note"));
        screens.put("import", By.id("import-number"));
        screens.put("users", By.id("users"));
        screens.put("backup", By.id("download-backup"));
        screens.put("audit", By.id("audit"));
        screens.put("outbox", By.id("where-mail-goes"));
        screens.put("inbox", By.tagName("h2"));
        screens.put("profile", By.tagName("h2"));
        List<String> refused = switch (who) {
            case "anonymous" -> List.copyOf(screens.keySet());
            case "wendy" -> List.of("review/" + sectionId, "correct/" + issueId, "import", "users", "backup", "audit", "outbox");
            case "erin" -> List.of("correct/" + issueId, "import", "users", "backup", "outbox");
            case "paula" -> List.of("users", "backup", "outbox");
            case "admin" -> List.of("issues", "issues/" + issueId, "sections/" + sectionId, "review/" + sectionId,
                    "release/" + issueId, "correct/" + issueId, "import");
            default -> throw new IllegalArgumentException(who);
        };
        if (!who.equals("anonymous")) {
            signIn(who);
        }

        for (String path : refused) {
            open(path);
            if (who.equals("anonymous")) {
                assertThat(driver.getCurrentUrl()).as(path).endsWith("/login");
                waitFor(By.cssSelector("vaadin-login-form"));
            } else {
                assertErrorPageInTheDesk("forbidden", "Your role does not allow you to open this page.");
                assertThat(driver.findElements(screens.get(path))).as(who + " opening " + path).isEmpty();
            }
        }
        screenshot("refused-" + who);
    }

    @ParameterizedTest(name = "a writer typing /{0} is told there is no such page, in the desk")
    @ValueSource(strings = {"nonsense", "sections/abc"})
    void an_unknown_address_shows_the_not_found_page_in_the_desk(String path) {
        signIn("wendy");

        open(path);

        assertErrorPageInTheDesk("not-found", "There is no page at /" + path + ". The address may be mistyped, or what it named is gone.");
        screenshot("not-found-" + path.replace('/', '-'));
    }

    @Test
    void the_way_back_from_a_refusal_leads_to_the_desk() {
        signIn("wendy");
        open("users");

        click(By.id("back-to-desk"));

        waitFor(By.cssSelector("#main-nav"));
        await(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().equals(url("")));
        assertThat(driver.findElements(By.id("forbidden"))).isEmpty();
    }

    /** The page has the sentence, the links back and the desk's top bar and menu around it. */
    private void assertErrorPageInTheDesk(String id, String sentence) {
        waitForText(By.id(id), sentence);
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Could not navigate");
        assertThat(driver.findElement(By.id("back-to-desk")).getText()).isEqualTo("Back to my desk");
        assertThat(driver.findElement(By.id("sign-out-instead")).getText()).isEqualTo("Sign out");
        assertThat(driver.findElement(By.id("signed-in-as")).isDisplayed()).as("the top bar").isTrue();
        assertThat(driver.findElement(By.id("main-nav")).isDisplayed()).as("the menu").isTrue();
    }
}
