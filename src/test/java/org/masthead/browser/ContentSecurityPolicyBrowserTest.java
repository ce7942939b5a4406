package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.section.SectionState;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The desk works under its Content-Security-Policy: signing in and the screens, with no violation reported. */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Test
    void the_desk_signs_in_and_opens_its_screens_under_its_policy_without_a_single_violation() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.bringTo(sectionId, "walter", SectionState.IN_REVIEW);
        open("login");
        assertThat(policyOfThisPage()).contains("script-src", "frame-ancestors 'none'");

        signIn("erin");
        open("issues");
        waitFor(By.id("issues"));
        open("issues/" + issueId);
        waitFor(By.id("board"));
        open("review/" + sectionId);
        waitFor(By.id("changes-summary"));
        open("profile");
        waitFor(By.tagName("h2"));

        assertThat(violationsInTheConsole()).isEmpty();
    }

    /** The Content-Security-Policy header the page's own address answers with. */
    private static String policyOfThisPage() {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href).then(r => done(r.headers.get('content-security-policy')), e => done(String(e)));"));
    }

    private static List<String> violationsInTheConsole() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }
}
