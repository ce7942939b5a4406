package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.masthead.KaribuTest;
import org.masthead.section.SectionState;
import org.masthead.security.Role;

/** What the editor's tests share: a draft of wendy's open in the editor, and its parts. */
abstract class EditorTesting extends KaribuTest {

    protected long openDraftAsWendy() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.DRAFT);
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, sectionId);
        return sectionId;
    }

    protected static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("body"));
    }

    protected static Div preview() {
        return _get(Div.class, spec -> spec.withId("preview"));
    }

    protected static MarkdownToolbar toolbar() {
        return _get(MarkdownToolbar.class, spec -> spec.withId("markdown-toolbar"));
    }

    protected static Button button(String id) {
        return anyById(Button.class, id);
    }

    protected static TextArea textArea(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

}
