package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.issue.WeekAction;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One walk through every desk screen, as each role opens it, and every public page, with two
 * checks at each: axe-core finds no violation of impact serious or critical, and the page never
 * scrolls sideways on a laptop (1280 px) or a phone (390 px): a grid may scroll inside itself, the
 * page may not, or the right edge of the preview, the buttons and the names is cut. One list of
 * screens, so a screen added to it is checked both ways. Each screen at each width leaves a picture
 * under target/browser/screens (screen-&lt;name&gt;-&lt;width&gt;.png).
 */
class EveryScreenBrowserTest extends BrowserTest {

    private static final int LAPTOP = 1280;
    private static final int PHONE = 390;

    @Autowired
    private CadenceService cadence;
    @Autowired
    private ReleaseService releases;
    @Autowired
    private SectionService sectionService;
    @Autowired
    private SectionWorkflow workflow;

    private final Map<String, List<Map<String, Object>>> violations = new LinkedHashMap<>();
    private final List<String> overflowing = new ArrayList<>();

    @Test
    void every_screen_has_no_serious_accessibility_violation_and_no_sideways_scroll() {
        long issueId = desk.newIssue();
        List<Long> sections = desk.sectionIds(issueId);
        desk.bringTo(sections.get(0), "eddie", SectionState.DRAFT);   // the longest name on the board
        desk.bringTo(sections.get(1), "wendy", SectionState.IN_REVIEW);
        desk.bringTo(sections.get(2), "wendy", SectionState.RETURNED);
        long wendysDraft = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(wendysDraft, "wendy", SectionState.DRAFT);
        long changedId = resubmittedWithAChangedLink();
        long readyId = desk.readyIssue();
        long releasedId = desk.readyIssue();
        Desk.as("paula", new Role[] {Role.PUBLISHER}, () -> releases.release(releasedId));
        int released = desk.jdbc().queryForObject("select number from issues where id = ?", Integer.class, releasedId);

        signIn("erin");
        check("editor-calendar-without-rhythm", "calendar");   // the rhythm's form and the template slots, open
        aRhythmWithASkippedWeek();

        signIn("wendy");
        check("writer-desk", "");
        check("writer-calendar", "calendar");
        check("writer-inbox", "inbox");
        check("writer-issues", "issues");
        check("writer-board", "issues/" + issueId);
        check("writer-editor-draft", "sections/" + wendysDraft);
        check("writer-editor-in-review", "sections/" + sections.get(1));
        check("writer-editor-returned", "sections/" + sections.get(2));
        check("writer-release", "release/" + issueId);
        check("writer-profile", "profile");

        signIn("erin");
        check("editor-desk", "");
        check("editor-issues", "issues");
        check("editor-board", "issues/" + issueId);
        check("editor-section", "sections/" + sections.get(0));
        check("editor-review", "review/" + sections.get(1));
        check("editor-review-changes", "review/" + changedId);
        theMarkdownOfTheChangesOpened();
        check("editor-section-in-review", "sections/" + sections.get(1));
        check("editor-audit", "audit");
        check("editor-inbox", "inbox");
        check("editor-calendar", "calendar");

        signIn("paula");
        check("publisher-desk", "");
        check("publisher-release-ready", "release/" + readyId);
        check("publisher-release-released", "release/" + releasedId);
        check("publisher-correction", "correct/" + releasedId);
        check("publisher-import", "import");
        check("publisher-subscribers", "subscribers");

        signIn("admin");
        check("admin-desk", "");
        check("admin-users", "users");
        check("admin-outbox", "outbox");
        check("admin-backups", "backup");
        check("admin-audit", "audit");

        driver.manage().deleteAllCookies();
        check("public-sign-in", "login");
        check("public-archive", "archive");
        check("public-edition", "archive/" + released);
        check("public-email", "archive/" + released + "/email");

        driver.manage().window().setSize(new Dimension(1366, 900));
        violations.forEach((screen, found) -> System.out.println("AXE " + screen + ": " + found));
        assertThat(violations).as("serious or critical axe-core violations per screen").isEmpty();
        assertThat(overflowing).as("screens whose page scrolls sideways").isEmpty();
    }

    /**
     * Opens the screen at laptop width, asks axe-core there, then looks at it at every width: the
     * window is resized, not the page reloaded.
     */
    private void check(String screen, String path) {
        driver.manage().window().setSize(new Dimension(LAPTOP, 900));
        open(path);
        waitFor(By.tagName("body"));
        List<Map<String, Object>> serious = seriousAccessibilityViolations();
        if (!serious.isEmpty()) {
            violations.put(screen, serious);
        }
        for (int width : new int[] {LAPTOP, PHONE}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            Map<String, Object> page = measured();
            screenshot("screen-" + screen + "-" + width);
            long overflow = ((Number) page.get("overflow")).longValue();
            if (overflow > 0) {
                overflowing.add(screen + " (/" + path + ") at " + width + " px scrolls sideways by " + overflow
                        + " px (document/scrolling element/app layout parts: " + page.get("parts") + "); widest: "
                        + page.get("culprit"));
            }
        }
    }

    /** The review screen's Markdown view of the changes, a click away, is checked too. */
    private void theMarkdownOfTheChangesOpened() {
        driver.manage().window().setSize(new Dimension(LAPTOP, 900));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('changes-markdown').opened = true");
        waitFor(By.id("changes-markdown-diff"));
        screenshot("screen-editor-review-changes-markdown-" + LAPTOP);
        List<Map<String, Object>> serious = seriousAccessibilityViolations();
        if (!serious.isEmpty()) {
            violations.put("editor-review-changes-markdown", serious);
        }
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

    /** The weekly rhythm set, with a holiday: the calendar shows coming issues and a skipped week. */
    private void aRhythmWithASkippedWeek() {
        Desk.as("erin", new Role[] {Role.EDITOR}, () -> cadence.setCadence(new Cadence(DayOfWeek.THURSDAY,
                LocalTime.of(9, 0), 2, LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 6)));
        Desk.as("erin", new Role[] {Role.EDITOR}, () -> cadence.skip(cadence.calendar(0, 3).stream()
                .filter(w -> w.may(WeekAction.SKIP)).reduce((a, b) -> b).orElseThrow().day(),
                "Holiday: the whole team is away, and nobody writes a briefing in the mountains."));
    }

    /**
     * The page's widths once layout has settled after the resize (two animation frames), and what
     * sticks out most. Vaadin's app layout scrolls its content and its top bar inside their own
     * parts rather than the document, so those parts count as the page too (a grid's own scroller does not).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> measured() {
        waitForVaadin();
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => {"
                        + "  const html = document.documentElement, scroller = document.scrollingElement || html;"
                        + "  const layout = document.querySelector('vaadin-app-layout');"
                        + "  const parts = layout && layout.shadowRoot ? [...layout.shadowRoot.querySelectorAll('*')]"
                        + "      .filter(e => e.id !== 'drawer' && !(e.getAttribute('part') || '').includes('drawer')"
                        + "          && ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX)) : [];"
                        + "  const over = [html, scroller, ...parts].map(e => e.scrollWidth - e.clientWidth);"
                        + "  let culprit = '', right = 0;"
                        + "  for (const e of document.querySelectorAll('body *')) {"
                        + "    const r = e.getBoundingClientRect();"
                        + "    if (r.right > right + 0.5 && r.width > 0) { right = r.right;"
                        + "      culprit = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().replace(/\\s+/g, '.') : '') + ' ends at ' + Math.round(r.right); }"
                        + "  }"
                        + "  done({viewport: html.clientWidth, document: html.scrollWidth, scrolling: scroller.scrollWidth,"
                        + "        overflow: Math.max(...over), parts: over.join('/'), culprit: culprit});"
                        + "}));");
    }
}
