package org.masthead.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.masthead.section.ui.SectionEditorView;
import org.masthead.security.Role;

/** One event, one time on every screen: in the publication's zone (Europe/Prague here), in one format. */
class OneTimeOnEveryScreenTest extends KaribuTest {

    private static final Instant RETURNED_AT = Instant.parse("2026-11-30T07:35:57Z");
    private static final String SHOWN = "Mon 30 Nov 2026, 08:35";

    @Test
    void the_desk_and_the_notes_show_the_same_moment_in_the_publications_zone() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.RETURNED);
        desk.jdbc().update("update sections set state_changed_at = ? where id = ?", Timestamp.from(RETURNED_AT), sectionId);
        desk.jdbc().update("update review_notes set created_at = ? where section_id = ?", Timestamp.from(RETURNED_AT), sectionId);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(DeskView.class);
        @SuppressWarnings("unchecked")
        Grid<Section> held = _get(Grid.class, spec -> spec.withId("held-by-me"));
        assertThat(GridKt._getFormattedRow(held, 0)).anyMatch(cell -> cell.endsWith(" since " + SHOWN));

        UI.getCurrent().navigate(SectionEditorView.class, sectionId);
        assertThat(textOf(_get(org.masthead.section.ui.NotesThread.class))).contains("Erin Editor returned it · " + SHOWN);
    }
}
