package org.masthead.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.masthead.security.Role;

class DeskViewTest extends KaribuTest {

    @Test
    void a_writer_sees_their_own_sections_on_the_desk() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.DRAFT);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(DeskView.class);

        @SuppressWarnings("unchecked")
        Grid<Section> mine = _get(Grid.class, spec -> spec.withId("my-sections"));
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(GridKt._get(mine, 0).getId()).isEqualTo(sectionId);
    }
}
