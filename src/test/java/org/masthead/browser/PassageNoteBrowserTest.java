package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor comments on one sentence, in a real browser: erin selects words of the rendered
 * section (across a bold part), takes them with "Comment on selection", writes her note and adds
 * it; the passage is marked on her screen. Wendy then opens her section and sees the same words
 * marked in the preview, the note quoting them with its line of the Markdown, and that line's
 * button selects the passage in her Markdown box.
 */
class PassageNoteBrowserTest extends BrowserTest {

    static final String BODY = "The minister spoke on Tuesday.\n\nShe promised **new rules** for the ports. The ports were busy.";

    @Autowired
    SectionWorkflow workflow;

    @Test
    void an_editor_comments_on_a_sentence_and_the_writer_sees_it_marked_with_the_note() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.draft(id, "wendy", BODY);
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> workflow.submit(id));

        signIn("erin");
        open("review/" + id);
        waitFor(By.id("rendered"));
        select("rendered", "new rules for the ports");
        screenshot("passage-note-01-erin-selects-words");
        click(button("comment-on-selection"));
        waitForText(By.id("passage-quote"), "On \u201cnew rules for the ports\u201d:");
        driver.findElement(textArea("passage-note")).sendKeys("Which ports? Name them.");
        screenshot("passage-note-02-erin-writes-her-note");
        click(button("add-passage-note"));
        waitForNotification("Note added on the passage. Wendy Writer sees it marked in the text.");
        waitFor(By.cssSelector("#rendered mark.passage"));
        assertThat(markedText("rendered")).isEqualTo("new rules for the ports");
        waitForText(By.id("notes"), "On \u201cnew rules for the ports\u201d: Which ports? Name them.");
        screenshot("passage-note-03-erin-sees-it-marked");
        driver.findElement(textArea("note")).sendKeys("See my note on the ports.");
        click(button("return"));
        waitForNotification("Returned to Wendy Writer");
        signOut();

        signIn("wendy");
        open("sections/" + id);
        waitFor(By.cssSelector("#preview mark.passage"));
        assertThat(markedText("preview")).isEqualTo("new rules for the ports");
        waitForText(By.id("notes"), "On \u201cnew rules for the ports\u201d: Which ports? Name them.");
        waitForText(By.id("notes"), "Line 3 of the Markdown");
        screenshot("passage-note-04-wendy-sees-the-passage-marked");
        click(By.cssSelector("[id^='passage-line-']"));
        WebElement box = driver.findElement(textArea("body"));
        await(java.time.Duration.ofSeconds(10))
                .until(d -> !box.getDomProperty("selectionStart").equals(box.getDomProperty("selectionEnd")));
        String value = box.getDomProperty("value");
        assertThat(value.substring(Integer.parseInt(box.getDomProperty("selectionStart")),
                Integer.parseInt(box.getDomProperty("selectionEnd")))).isEqualTo("new rules** for the ports");
        screenshot("passage-note-05-wendy-jumps-to-the-markdown");
    }

    /** Selects these words inside the element, as a person dragging the mouse over them would. */
    private static void select(String elementId, String words) {
        ((JavascriptExecutor) driver).executeScript("""
                const root = document.getElementById(arguments[0]);
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                const nodes = []; let text = '';
                while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
                const from = text.indexOf(arguments[1]); const to = from + arguments[1].length;
                const at = offset => { for (let i = nodes.length - 1; i >= 0; i--) { if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]]; } };
                const range = document.createRange();
                const start = at(from); const end = at(to);
                range.setStart(start[0], start[1]); range.setEnd(end[0], end[1]);
                root.scrollIntoView({block: 'center'});
                window.getSelection().removeAllRanges(); window.getSelection().addRange(range);
                """, elementId, words);
    }

    @SuppressWarnings("unchecked")
    private static String markedText(String elementId) {
        List<String> parts = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + ' mark.passage')).map(m => m.textContent);",
                elementId);
        return String.join("", parts);
    }
}
