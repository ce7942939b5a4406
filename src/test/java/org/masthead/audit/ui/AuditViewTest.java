package org.masthead.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.audit.AuditEvent;
import org.masthead.section.SectionState;
import org.masthead.security.Role;

class AuditViewTest extends KaribuTest {

    @Test
    void a_writer_cannot_open_the_audit_trail() {
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(AuditView.class);

        assertRefused(AuditView.class);
    }

    @Test
    void an_editor_reads_the_audit_trail_newest_first() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.IN_REVIEW);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(AuditView.class);

        assertThat(currentView()).isInstanceOf(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> trail = _get(Grid.class, spec -> spec.withId("audit"));
        assertThat(GridKt._get(trail, 0).getAction()).isEqualTo("SECTION_SUBMITTED");
        assertThat(GridKt._get(trail, 0).getActor()).isEqualTo("wendy");
    }
}
