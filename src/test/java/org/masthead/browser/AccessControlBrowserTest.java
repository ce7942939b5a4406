package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.section.SectionState;
import org.openqa.selenium.By;

/**
 * Typing the address of a screen the role may not use shows a refusal (or, signed out, the
 * sign-in page), never the screen.
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
        screens.put("inbox", By.tagName("h2"));
        screens.put("profile", By.tagName("h2"));
        List<String> refused = switch (who) {
            case "anonymous" -> List.copyOf(screens.keySet());
            case "wendy" -> List.of("review/" + sectionId, "correct/" + issueId, "import", "users", "backup", "audit");
            case "erin" -> List.of("correct/" + issueId, "import", "users", "backup");
            case "paula" -> List.of("users", "backup");
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
                waitForText(By.tagName("body"), "Could not navigate to '" + path + "'");
                assertThat(driver.findElements(screens.get(path))).as(who + " opening " + path).isEmpty();
            }
        }
        screenshot("refused-" + who);
    }
}
