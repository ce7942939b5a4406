package org.masthead.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.publishing.ui.ImportView;
import org.masthead.publishing.ui.ReleaseView;
import org.masthead.section.Section;
import org.masthead.section.ui.IssueBoardView;
import org.masthead.section.ui.IssuesView;
import org.masthead.security.Role;

/** Every date and time picker reads day first with a 24-hour clock (British English), not "11/29/2026, 9:00 AM". */
class EuropeanPickersTest extends KaribuTest {

    private static final Locale EUROPEAN = Locale.forLanguageTag("en-GB");

    @Test
    void the_planned_release_of_a_new_issue_is_picked_the_european_way() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssuesView.class);

        assertThat(_get(DateTimePicker.class, spec -> spec.withId("new-issue-release")).getLocale()).isEqualTo(EUROPEAN);
    }

    @Test
    void the_deadlines_on_the_board_are_picked_the_european_way() {
        long issueId = desk.newIssue();
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        @SuppressWarnings("unchecked")
        Grid<Section> board = _get(Grid.class, spec -> spec.withId("board"));
        @SuppressWarnings("unchecked")
        ComponentRenderer<?, Section> deadlines = (ComponentRenderer<?, Section>) board.getColumns().stream()
                .filter(column -> "Deadline".equals(column.getHeaderText())).findFirst().orElseThrow().getRenderer();
        Component deadline = deadlines.createComponent(GridKt._get(board, 0));
        board.getElement().appendChild(deadline.getElement());

        assertThat(deadline).isInstanceOfSatisfying(DatePicker.class, picker -> assertThat(picker.getLocale()).isEqualTo(EUROPEAN));
    }

    @Test
    void the_release_time_and_the_date_of_a_back_issue_are_picked_the_european_way() {
        long issueId = desk.readyIssue();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        assertThat(anyById(DateTimePicker.class, "release-at").getLocale()).isEqualTo(EUROPEAN);

        UI.getCurrent().navigate(ImportView.class);
        assertThat(_get(DatePicker.class, spec -> spec.withId("import-date")).getLocale()).isEqualTo(EUROPEAN);
    }
}
