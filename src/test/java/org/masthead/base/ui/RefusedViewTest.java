package org.masthead.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.section.ui.SectionEditorView;
import org.masthead.security.Role;

class RefusedViewTest extends KaribuTest {

    @Test
    void opening_a_section_that_does_not_exist_says_so_in_a_sentence() {
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(SectionEditorView.class, 987654L);

        assertThat(currentView()).isInstanceOf(RefusedView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withText("That section does not exist."))).isNotNull();
    }
}
