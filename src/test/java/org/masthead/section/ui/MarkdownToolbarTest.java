package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.masthead.section.ui.MarkdownEdits.Action;

class MarkdownToolbarTest extends EditorTesting {

    @Test
    void the_bold_button_wraps_the_selected_words_and_the_preview_follows() {
        openDraftAsWendy();
        _setValue(body(), "A big claim");
        toolbar().select(2, 5);

        _click(button("toolbar-bold"));

        assertThat(body().getValue()).isEqualTo("A **big** claim");
        assertThat(toolbar().selection()).isEqualTo(new MarkdownEdits.Edit("A **big** claim", 4, 7));
        assertThat(htmlIn(preview())).contains("<strong>big</strong>");
    }

    @Test
    void without_a_selection_a_button_works_at_the_end_of_the_text() {
        openDraftAsWendy();
        _setValue(body(), "Read more:");

        _click(button("toolbar-link"));

        assertThat(body().getValue()).isEqualTo("Read more:[link text](https://)");
    }

    @Test
    void the_line_buttons_make_a_heading_a_list_and_a_quote() {
        openDraftAsWendy();
        _setValue(body(), "Title\none\ntwo\nsaid");

        toolbar().select(0, 0);
        _click(button("toolbar-heading"));
        toolbar().select(10, 17);
        _click(button("toolbar-bullet-list"));
        toolbar().select(body().getValue().length(), body().getValue().length());
        _click(button("toolbar-quote"));

        assertThat(body().getValue()).isEqualTo("### Title\n- one\n- two\n> said");
    }

    @Test
    void a_click_in_the_browser_uses_the_text_and_selection_the_browser_sends_with_it() {
        openDraftAsWendy();
        JsonObject click = Json.createObject();
        click.put(toolbar().clickState(), browserState("Typed just now", 6, 10));

        _fireDomEvent(button("toolbar-italic"), "click", click);

        assertThat(body().getValue()).isEqualTo("Typed *just* now");
    }

    @Test
    void a_keyboard_shortcut_applies_its_action_to_the_selection_the_browser_sends() {
        openDraftAsWendy();
        JsonObject keydown = Json.createObject();
        keydown.put(MarkdownToolbar.shortcutFilter(Action.BOLD), true);
        keydown.put(MarkdownToolbar.STATE, browserState("Typed just now", 6, 10));

        _fireDomEvent(body(), "keydown", keydown);

        assertThat(body().getValue()).isEqualTo("Typed **just** now");
    }

    @Test
    void a_key_press_that_is_no_shortcut_changes_nothing() {
        openDraftAsWendy();
        _setValue(body(), "Unchanged");
        JsonObject keydown = Json.createObject();
        keydown.put(MarkdownToolbar.STATE, browserState("Unchanged", 0, 3));

        _fireDomEvent(body(), "keydown", keydown);

        assertThat(body().getValue()).isEqualTo("Unchanged");
    }

    @Test
    void a_writer_who_may_not_edit_gets_no_toolbar() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "walter", org.masthead.section.SectionState.DRAFT);
        login("wendy", org.masthead.security.Role.WRITER);
        com.vaadin.flow.component.UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        assertThat(anyById(MarkdownToolbar.class, "markdown-toolbar").isVisible()).isFalse();
        assertThat(button("paste-open").isVisible()).isFalse();
    }

    private static JsonArray browserState(String text, int start, int end) {
        JsonArray state = Json.createArray();
        state.set(0, text);
        state.set(1, start);
        state.set(2, end);
        return state;
    }
}
