package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.issue.WeekAction;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every desk screen, as the role that opens it, on a laptop (1280 px) and on a phone (390 px):
 * the page itself never scrolls sideways. A grid may scroll inside itself; the page may not, or
 * the right edge of the preview, the buttons and the names is cut. Each screen at each width
 * leaves a picture under target/browser/screens (overflow-&lt;screen&gt;-&lt;width&gt;.png).
 */
class NoSidewaysScrollBrowserTest extends BrowserTest {

    private static final int[] WIDTHS = {1280, 390};

    @Autowired
    CadenceService cadence;
    @Autowired
    private ReleaseService releases;

    private final List<String> overflowing = new ArrayList<>();

    @Test
    void no_desk_screen_scrolls_sideways_at_1280_or_390_px() {
        long issueId = desk.newIssue();
        List<Long> sections = desk.sectionIds(issueId);
        desk.bringTo(sections.get(0), "eddie", SectionState.DRAFT);
        desk.bringTo(sections.get(1), "wendy", SectionState.IN_REVIEW);
        desk.bringTo(sections.get(2), "walter", SectionState.RETURNED);
        long readyId = desk.readyIssue();
        long releasedId = desk.readyIssue();
        Desk.as("paula", new Role[] {Role.PUBLISHER}, () -> releases.release(releasedId));

        signIn("erin");
        check("editor-calendar-without-rhythm", "calendar");   // the rhythm's form and the template slots, open
        Desk.as("erin", new Role[] {Role.EDITOR}, () -> cadence.setCadence(new Cadence(DayOfWeek.THURSDAY,
                LocalTime.of(9, 0), 2, LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 6)));
        Desk.as("erin", new Role[] {Role.EDITOR}, () -> cadence.skip(cadence.calendar(0, 3).stream()
                .filter(w -> w.may(WeekAction.SKIP)).reduce((a, b) -> b).orElseThrow().day(),
                "Holiday: the whole team is away, and nobody writes a briefing in the mountains."));

        signIn("wendy");
        check("writer-desk", "");
        check("writer-calendar", "calendar");
        check("writer-inbox", "inbox");
        check("writer-issues", "issues");
        check("writer-board", "issues/" + issueId);
        check("writer-editor", "sections/" + sections.get(1));
        check("writer-release", "release/" + issueId);
        check("writer-profile", "profile");

        signIn("erin");
        check("editor-desk", "");
        check("editor-board", "issues/" + issueId);
        check("editor-section", "sections/" + sections.get(0));
        check("editor-review", "review/" + sections.get(1));
        check("editor-audit", "audit");
        check("editor-calendar", "calendar");

        signIn("paula");
        check("publisher-desk", "");
        check("publisher-release", "release/" + readyId);
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
        check("sign-in", "login");

        driver.manage().window().setSize(new Dimension(1366, 900));
        assertThat(overflowing).as("screens whose page scrolls sideways").isEmpty();
    }

    /** Opens the screen once, then looks at it at every width: the window is resized, not the browser restarted. */
    private void check(String screen, String path) {
        driver.manage().window().setSize(new Dimension(WIDTHS[0], 900));
        open(path);
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 900));
            Map<String, Object> page = measured();
            screenshot("overflow-" + screen + "-" + width);
            long overflow = ((Number) page.get("overflow")).longValue();
            if (overflow > 0) {
                overflowing.add(screen + " (/" + path + ") at " + width + " px scrolls sideways by " + overflow
                        + " px (document/scrolling element/app layout parts: " + page.get("parts") + "); widest: "
                        + page.get("culprit"));
            }
        }
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
