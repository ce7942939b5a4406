package org.masthead.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.section.IssueProgress;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.masthead.section.Turn;
import org.masthead.section.ui.IssueStatusBadge;
import org.masthead.security.Role;

class DeskViewTest extends KaribuTest {

    @Test
    void issues_in_production_show_their_status_in_words_on_a_badge() {
        desk.newIssue();
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(DeskView.class);

        @SuppressWarnings("unchecked")
        Grid<IssueProgress> issues = _get(Grid.class, spec -> spec.withId("issues-in-production"));
        assertThat(statusCell(issues, 0)).isInstanceOf(IssueStatusBadge.class);
        assertThat(((IssueStatusBadge) statusCell(issues, 0)).getText()).isEqualTo("Planning");
    }

    private static <T> Component statusCell(Grid<T> grid, int row) {
        Grid.Column<T> status = grid.getColumns().stream()
                .filter(c -> "Status".equals(grid.getHeaderRows().get(0).getCell(c).getText())).findFirst().orElseThrow();
        if (status.getKey() == null) {
            status.setKey("status");
        }
        return GridKt._getCellComponent(grid, row, status.getKey());
    }

    @Test
    void a_writer_sees_the_sections_waiting_for_her_on_the_desk() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.DRAFT);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(DeskView.class);

        @SuppressWarnings("unchecked")
        Grid<Section> mine = _get(Grid.class, spec -> spec.withId("held-by-me"));
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(GridKt._get(mine, 0).getId()).isEqualTo(sectionId);
    }

    @Test
    void what_waits_for_the_writer_is_listed_longest_waiting_first_and_the_rest_apart() {
        long issueId = desk.newIssue();
        var ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(2), "wendy", SectionState.DRAFT);
        desk.bringTo(ids.get(0), "wendy", SectionState.RETURNED);
        desk.bringTo(ids.get(1), "wendy", SectionState.IN_REVIEW);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(DeskView.class);

        @SuppressWarnings("unchecked")
        Grid<Section> waiting = _get(Grid.class, spec -> spec.withId("held-by-me"));
        @SuppressWarnings("unchecked")
        Grid<Section> others = _get(Grid.class, spec -> spec.withId("my-sections"));
        assertThat(GridKt._size(waiting)).isEqualTo(2);
        assertThat(GridKt._get(waiting, 0).getId()).isEqualTo(ids.get(2));   // a draft since the start
        assertThat(GridKt._get(waiting, 1).getId()).isEqualTo(ids.get(0));   // returned later
        assertThat(GridKt._size(others)).isEqualTo(1);
        assertThat(Turn.holderName(GridKt._get(others, 0))).isEqualTo("the editors");
    }

    @Test
    void an_editor_does_not_find_a_section_he_wrote_waiting_for_his_review() {
        long issueId = desk.newIssue();
        var ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "eddie", SectionState.IN_REVIEW);
        desk.bringTo(ids.get(1), "wendy", SectionState.IN_REVIEW);
        login("eddie", Role.EDITOR, Role.WRITER);

        UI.getCurrent().navigate(DeskView.class);

        @SuppressWarnings("unchecked")
        Grid<Section> queue = _get(Grid.class, spec -> spec.withId("review-queue"));
        @SuppressWarnings("unchecked")
        Grid<Section> mine = _get(Grid.class, spec -> spec.withId("my-sections"));
        assertThat(GridKt._size(queue)).isEqualTo(1);
        assertThat(GridKt._get(queue, 0).getId()).isEqualTo(ids.get(1));
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(GridKt._get(mine, 0).getId()).isEqualTo(ids.get(0));
    }

    @Test
    void an_editors_review_queue_pages_from_the_database_oldest_first() {
        long first = desk.newIssue();
        long second = desk.newIssue();
        long waitingLongest = desk.sectionIds(second).get(1);
        long waitingSince = desk.sectionIds(first).get(0);
        desk.bringTo(waitingLongest, "wendy", SectionState.IN_REVIEW);
        desk.bringTo(waitingSince, "walter", SectionState.IN_REVIEW);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(DeskView.class);

        @SuppressWarnings("unchecked")
        Grid<Section> queue = _get(Grid.class, spec -> spec.withId("review-queue"));
        assertThat(queue.getDataProvider().isInMemory()).as("the queue holds every section in memory").isFalse();
        assertThat(GridKt._size(queue)).isEqualTo(2);
        assertThat(GridKt._get(queue, 0).getId()).isEqualTo(waitingLongest);
        assertThat(GridKt._get(queue, 1).getId()).isEqualTo(waitingSince);
    }

    @Test
    void the_issues_in_production_show_each_issues_own_progress_ready_ones_first() {
        long started = desk.newIssue();
        desk.bringTo(desk.sectionIds(started).get(0), "wendy", SectionState.APPROVED);
        long ready = desk.readyIssue();
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(DeskView.class);

        @SuppressWarnings("unchecked")
        Grid<IssueProgress> production = _get(Grid.class, spec -> spec.withId("issues-in-production"));
        assertThat(GridKt._size(production)).isEqualTo(2);
        assertThat(GridKt._get(production, 0).issueId()).isEqualTo(ready);
        assertThat(GridKt._getFormattedRow(production, 0)).contains("3 / 3 approved");
        assertThat(GridKt._get(production, 1).issueId()).isEqualTo(started);
        assertThat(GridKt._getFormattedRow(production, 1)).contains("1 / 3 approved");
    }
}
