package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.section.SectionState;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The audit trail in a real browser, on a desk and on a phone: it reads in words, scrolls no page
 * sideways and cuts no sentence ("SECTION_A…", "issue #2, se…" before issue 13).
 */
class AuditTrailBrowserTest extends BrowserTest {

    @Test
    void the_audit_trail_reads_in_whole_sentences_at_desk_and_phone_width() {
        long issueId = desk.newIssue();
        List<Long> sections = desk.sectionIds(issueId);
        desk.bringTo(sections.get(0), "wendy", SectionState.APPROVED);
        desk.bringTo(sections.get(2), "walter", SectionState.RETURNED);

        signIn("erin");
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            open("audit");
            waitForText(By.id("audit"), "Erin Editor approved Topics of the Week in No. ");
            screenshot("audit-trail-" + width);

            assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("sideways overflow of the page at " + width + " px").isLessThanOrEqualTo(0);
            assertThat(number("return Array.from(document.querySelectorAll('.audit-line'))"
                    + ".filter(e => e.scrollWidth > e.clientWidth + 1).length"))
                    .as("sentences cut at " + width + " px").isZero();
        }
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    private static long number(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }
}
