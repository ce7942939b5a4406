package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;

class PasteDialogTest extends EditorTesting {

    /** A button of the open dialog (which lives in its overlay, not under the view). */
    private static com.vaadin.flow.component.button.Button dialogButton(String id) {
        return _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId(id));
    }

    @Test
    void pasted_html_is_cleaned_converted_previewed_and_inserted_at_the_cursor() {
        openDraftAsWendy();
        _setValue(body(), "Intro.");
        _click(button("paste-open"));

        _setValue(textArea("paste-source"), "<h1>Report</h1><p>It is <b>big</b> and "
                + "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">bad</a>.</p><script>alert(3)</script>");

        assertThat(textArea("paste-markdown").getValue()).isEqualTo("### Report\n\nIt is **big** and bad.");
        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("paste-preview"))))
                .contains("<strong>big</strong>").doesNotContain("script", "javascript", "onclick");

        _click(dialogButton("paste-insert"));

        assertThat(body().getValue()).isEqualTo("Intro.\n\n### Report\n\nIt is **big** and bad.");
        assertThat(htmlIn(preview())).contains("<h3>");
        assertThat(notificationTexts()).contains("Inserted. Save when you are ready.");
    }

    @Test
    void formatted_text_on_the_clipboard_is_taken_as_html_not_as_its_plain_text() {
        openDraftAsWendy();
        _click(button("paste-open"));
        JsonObject paste = Json.createObject();
        paste.put(PasteDialog.FORMATTED_PASTE, true);
        paste.put(PasteDialog.CLIPBOARD_HTML, "<ul><li>One <i>item</i></li><li><a href=\"https://example.org\">Two</a></li></ul>");

        _fireDomEvent(textArea("paste-source"), "paste", paste);

        assertThat(textArea("paste-markdown").getValue()).isEqualTo("- One *item*\n- [Two](https://example.org)");
    }

    @Test
    void nothing_to_insert_until_something_is_pasted_and_cancel_changes_nothing() {
        openDraftAsWendy();
        String before = body().getValue();
        _click(button("paste-open"));

        assertThat(dialogButton("paste-insert").isEnabled()).isFalse();
        _setValue(textArea("paste-source"), "Plain text\nwith a line break\n\nand a paragraph");
        assertThat(textArea("paste-markdown").getValue()).isEqualTo("Plain text with a line break\n\nand a paragraph");
        _click(dialogButton("paste-cancel"));

        assertThat(body().getValue()).isEqualTo(before);
    }
}
