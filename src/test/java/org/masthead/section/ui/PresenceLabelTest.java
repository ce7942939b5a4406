package org.masthead.section.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.section.EditorPresence;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** "Also here" names only people whose screen is still there. */
class PresenceLabelTest extends EditorTesting {

    @Autowired
    EditorPresence presence;

    @Test
    void a_writer_whose_screen_is_closed_is_no_longer_also_here_even_before_vaadin_detaches_it() {
        long sectionId = openDraftAsWendy();
        assertThat(othersThanErin(sectionId)).containsExactly("Wendy Writer");

        // What the tab's goodbye (or Vaadin's heartbeat check) does: the UI is closed; its
        // components are detached only later, when Vaadin next cleans the session up.
        UI.getCurrent().close();

        assertThat(othersThanErin(sectionId)).isEmpty();
    }

    @Test
    void a_writer_who_leaves_the_editor_is_no_longer_also_here() {
        long sectionId = openDraftAsWendy();

        UI.getCurrent().navigate("");

        assertThat(othersThanErin(sectionId)).isEmpty();
    }

    private List<String> othersThanErin(long sectionId) {
        return Desk.as("erin", Desk.roles(Role.EDITOR), () -> presence.othersThan(sectionId, "erin"));
    }
}
