package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.section.Revision;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A writer revises a returned section, answers the editor's note, then submits: what she typed
 * stays in the box after the answer, and it is what the editor receives. (It used to go back to
 * the saved text on "Send answer", and the old text was submitted.)
 */
class AnswerThenSubmitBrowserTest extends BrowserTest {

    private static final String REVISION = "Markets rallied after the Riksbank held rates at 2%.";

    @Autowired
    SectionService sections;

    @Test
    void a_revision_typed_before_answering_the_note_is_the_one_submitted() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.RETURNED);

        signIn("wendy");
        open("sections/" + id);
        waitForText(By.id("notes"), "Please tighten the lede.");
        WebElement body = waitFor(textArea("body"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), REVISION);
        waitFor(textArea("answer")).sendKeys("Tightened: the lede names the bank now.");
        screenshot("answer-then-submit-01-typed");

        click(button("send-answer"));
        waitForNotification("Answer sent to the editors.");
        waitForText(By.id("notes"), "Wendy Writer answered");
        waitForVaadin();
        screenshot("answer-then-submit-02-answer-sent");
        assertThat(valueOf(textArea("body"))).isEqualTo(REVISION);

        click(button("submit"));
        waitForNotification("Submitted");
        waitForVaadin();
        screenshot("answer-then-submit-03-submitted");
        assertThat(lastSubmitted(id)).isEqualTo(REVISION);
        assertThat(valueOf(textArea("body"))).isEqualTo(REVISION);
    }

    private String lastSubmitted(long id) {
        List<Revision> revisions = Desk.as("erin", Desk.roles(Role.EDITOR), () -> sections.revisionsOf(id));
        return revisions.stream().filter(r -> r.getReason() == Revision.Reason.SUBMIT)
                .reduce((first, second) -> second).orElseThrow().getBody();
    }
}
