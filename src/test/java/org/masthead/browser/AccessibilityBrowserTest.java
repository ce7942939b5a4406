package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every desk screen, as each role sees it, and on every public page: no violation of
 * impact serious or critical. Each screen also leaves a screenshot under target/browser/screens.
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired
    private ReleaseService releases;
    @Autowired
    private SectionService sectionService;
    @Autowired
    private SectionWorkflow workflow;

    private final Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();

    @Test
    void every_screen_and_public_page_has_no_serious_violation() {
        long issueId = desk.newIssue();
        List<Long> sections = desk.sectionIds(issueId);
        desk.bringTo(sections.get(0), "wendy", SectionState.DRAFT);
        desk.bringTo(sections.get(1), "wendy", SectionState.IN_REVIEW);
        desk.bringTo(sections.get(2), "wendy", SectionState.RETURNED);
        long changedId = resubmittedWithAChangedLink();
        long readyId = desk.readyIssue();
        long releasedId = desk.readyIssue();
        Desk.as("paula", new Role[] {Role.PUBLISHER}, () -> releases.release(releasedId));
        int released = desk.jdbc().queryForObject("select number from issues where id = ?", Integer.class, releasedId);

        signIn("wendy");
        check("writer-desk", "");
        check("writer-issues", "issues");
        check("writer-board", "issues/" + issueId);
        check("writer-editor-draft", "sections/" + sections.get(0));
        check("writer-editor-returned", "sections/" + sections.get(2));
        check("writer-release", "release/" + issueId);
        check("writer-inbox", "inbox");
        check("writer-profile", "profile");

        signIn("erin");
        check("editor-desk", "");
        check("editor-board", "issues/" + issueId);
        check("editor-review", "review/" + sections.get(1));
        check("editor-review-changes", "review/" + changedId);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('changes-markdown').opened = true");
        waitFor(By.id("changes-markdown-diff"));
        screenshot("a11y-editor-review-changes-markdown");
        List<Map<String, Object>> markdownShown = seriousAccessibilityViolations();
        if (!markdownShown.isEmpty()) {
            found.put("editor-review-changes-markdown", markdownShown);
        }
        check("editor-section-in-review", "sections/" + sections.get(1));
        check("editor-audit", "audit");
        check("editor-inbox", "inbox");

        signIn("paula");
        check("publisher-desk", "");
        check("publisher-release-ready", "release/" + readyId);
        check("publisher-release-released", "release/" + releasedId);
        check("publisher-correct", "correct/" + releasedId);
        check("publisher-import", "import");

        signIn("admin");
        check("admin-desk", "");
        check("admin-users", "users");
        check("admin-backup", "backup");
        check("admin-audit", "audit");

        driver.manage().deleteAllCookies();
        check("public-login", "login");
        check("public-archive", "archive");
        check("public-edition", "archive/" + released);
        check("public-email", "archive/" + released + "/email");

        found.forEach((screen, violations) -> System.out.println("AXE " + screen + ": " + violations));
        assertThat(found).as("serious or critical axe-core violations per screen").isEmpty();
    }

    /** A section returned, then resubmitted with words and a link's address changed: the review screen shows a diff. */
    private long resubmittedWithAChangedLink() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.draft(id, "wendy", "Read [the audit report](https://example.org/report) first.");
        Desk.as("wendy", new Role[] {Role.WRITER}, () -> workflow.submit(id));
        Desk.as("erin", new Role[] {Role.EDITOR}, () -> workflow.returnToWriter(id, "Link the committee instead."));
        Desk.as("wendy", new Role[] {Role.WRITER}, () -> {
            sectionService.saveBody(id, "Read [the committee page](https://example.org/committee) first.",
                    desk.section(id).getVersion());
            return workflow.submit(id);
        });
        return id;
    }

    private void check(String name, String path) {
        open(path);
        waitFor(By.tagName("body"));
        screenshot("a11y-" + name);
        List<Map<String, Object>> violations = seriousAccessibilityViolations();
        if (!violations.isEmpty()) {
            found.put(name, violations);
        }
    }
}
