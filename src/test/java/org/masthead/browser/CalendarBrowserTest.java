package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.issue.CalendarWeek;
import org.masthead.issue.WeekAction;
import org.masthead.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Calendar in a real browser: the week's issue the desk made by itself is there for a
 * newcomer, an editor skips a later week with a reason, and a click on the issue opens its board.
 */
class CalendarBrowserTest extends BrowserTest {

    @Autowired
    CadenceService cadence;

    @Test
    void the_issue_the_desk_made_is_on_the_calendar_an_editor_skips_a_week_and_a_click_opens_the_board() {
        DayOfWeek releaseDay = LocalDate.now(ZoneId.of("Europe/Prague")).plusDays(2).getDayOfWeek();
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> cadence.setCadence(new Cadence(releaseDay, LocalTime.of(9, 0), 2,
                LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 6)));
        Desk.as("system", Desk.roles(Role.EDITOR), () -> cadence.dueWeeks().stream().map(cadence::makeIssueFor).toList());
        LocalDate skipped = Desk.as("erin", Desk.roles(Role.EDITOR), () -> cadence.calendar(0, 4).stream()
                .filter(w -> w.may(WeekAction.SKIP)).map(CalendarWeek::day).reduce((a, b) -> b).orElseThrow());

        signIn("erin");
        open("calendar");
        waitForText(By.id("calendar-weeks"), "No. 1");
        screenshot("calendar-01-editor-sees-the-issue-the-desk-made");

        click(button("skip-" + skipped));
        WebElement reason = waitFor(By.cssSelector("vaadin-text-field#skip-reason input"));
        reason.sendKeys("Christmas: the team is away");
        screenshot("calendar-02-skip-asks-why");
        click(button("week-dialog-confirm"));
        waitForNotification("is skipped");
        waitForText(By.id("calendar-weeks"), "by erin: Christmas: the team is away");
        screenshot("calendar-03-the-week-is-skipped");

        driver.manage().window().setSize(new Dimension(390, 844));
        open("calendar");
        waitForText(By.id("calendar-weeks"), "Skipped");
        screenshot("calendar-04-on-a-phone");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).as("the page scrolls sideways at 390 px").isEqualTo(false);
        driver.manage().window().setSize(new Dimension(1366, 900));
        // Back at desk width, the page drawn afresh: the layout settles on its desktop drawer before the click.
        open("calendar");
        waitForText(By.id("calendar-weeks"), "No. 1");

        click(By.xpath("//a[contains(@class,'calendar-issue')][starts-with(normalize-space(.),'No. 1')]"));
        await(java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/issues/"));
        waitFor(By.id("board"));
        screenshot("calendar-05-the-board-it-opens");
    }
}
