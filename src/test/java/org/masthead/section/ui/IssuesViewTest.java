package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class IssuesViewTest extends KaribuTest {

    @Autowired
    private IssueService issues;

    @Test
    void an_editor_creates_an_issue_through_the_form_and_lands_on_its_board() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssuesView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("new-issue-title")), "Winter is coming");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("new-issue-release")), LocalDateTime.of(2026, 12, 11, 9, 0));
        _click(_get(Button.class, spec -> spec.withId("create-issue")));

        assertThat(currentView()).isInstanceOf(IssueBoardView.class);
        List<Issue> all = issues.all();
        assertThat(all).singleElement().satisfies(issue -> assertThat(issue.getTitle()).isEqualTo("Winter is coming"));
        @SuppressWarnings("unchecked")
        Grid<Section> board = _get(Grid.class, spec -> spec.withId("board"));
        assertThat(GridKt._size(board)).isEqualTo(Desk.HEADINGS.size());
        assertThat(IntStream.range(0, GridKt._size(board)).mapToObj(i -> GridKt._get(board, i).getHeading()).toList())
                .isEqualTo(Desk.HEADINGS);
        assertThat(notificationTexts()).contains("Issue " + all.get(0).getNumber()
                + " created with a section for every template slot.");
    }

    @Test
    void the_title_is_marked_as_required_and_an_emptied_planned_release_says_so_on_its_field() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssuesView.class);
        DateTimePicker release = _get(DateTimePicker.class, spec -> spec.withId("new-issue-release"));

        assertThat(title().isRequiredIndicatorVisible()).isTrue();
        // The picker's required mark is one assistive technology cannot read (Forms): its message says it instead.
        _setValue(title(), "Winter is coming");
        _setValue(release, null);

        assertThat(release.isInvalid()).isTrue();
        assertThat(release.getErrorMessage()).isEqualTo(IssueService.PLANNED_RELEASE_MISSING);
        assertThat(_get(Button.class, spec -> spec.withId("create-issue")).isEnabled()).isFalse();
    }

    @Test
    void an_issue_without_a_title_is_refused_on_the_title_field_and_nothing_is_created() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssuesView.class);

        _click(_get(Button.class, spec -> spec.withId("create-issue")));

        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).isEqualTo("Give the issue a title.");
        assertThat(_get(Button.class, spec -> spec.withId("create-issue")).isEnabled()).isFalse();
        assertThat(notificationTexts()).isEmpty();
        assertThat(issues.all()).isEmpty();
        assertThat(currentView()).isInstanceOf(IssuesView.class);

        _setValue(title(), "Winter is coming");

        assertThat(title().isInvalid()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("create-issue")).isEnabled()).isTrue();
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withId("new-issue-title"));
    }

    @Test
    void the_list_shows_every_issue_with_its_progress() {
        desk.newIssue();
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(IssuesView.class);

        @SuppressWarnings("unchecked")
        Grid<Issue> list = _get(Grid.class, spec -> spec.withId("issues"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list, 0)).contains("A test issue", "0 / 3 approved");
    }

    @Test
    void the_list_says_each_issue_status_in_words_on_a_badge() {
        desk.readyIssue();
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(IssuesView.class);

        @SuppressWarnings("unchecked")
        Grid<Issue> list = _get(Grid.class, spec -> spec.withId("issues"));
        Grid.Column<Issue> status = list.getColumns().stream()
                .filter(c -> "Status".equals(list.getHeaderRows().get(0).getCell(c).getText())).findFirst().orElseThrow();
        status.setKey("status");
        assertThat(GridKt._getCellComponent(list, 0, "status")).isInstanceOf(IssueStatusBadge.class)
                .extracting(c -> ((IssueStatusBadge) c).getText()).isEqualTo("Ready to release");
    }

    @Test
    void the_list_pages_from_the_database_newest_first_with_each_issues_own_progress() {
        long older = desk.newIssue();
        desk.bringTo(desk.sectionIds(older).get(0), "wendy", SectionState.APPROVED);
        long newer = desk.readyIssue();
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(IssuesView.class);

        @SuppressWarnings("unchecked")
        Grid<Issue> list = _get(Grid.class, spec -> spec.withId("issues"));
        assertThat(list.getDataProvider().isInMemory()).as("the list holds every issue in memory").isFalse();
        assertThat(GridKt._size(list)).isEqualTo(2);
        assertThat(GridKt._get(list, 0).getId()).isEqualTo(newer);
        assertThat(GridKt._getFormattedRow(list, 0)).contains("3 / 3 approved");
        assertThat(GridKt._get(list, 1).getId()).isEqualTo(older);
        assertThat(GridKt._getFormattedRow(list, 1)).contains("1 / 3 approved");
    }

    @Test
    void a_writer_does_not_see_the_form_to_create_an_issue() {
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(IssuesView.class);

        assertThat(currentView()).isInstanceOf(IssuesView.class);
        _assertNone(TextField.class, spec -> spec.withId("new-issue-title"));
        _assertNone(Button.class, spec -> spec.withId("create-issue"));
    }

    @Test
    void an_administrator_cannot_open_the_issues() {
        login("admin", Role.ADMIN);

        UI.getCurrent().navigate(IssuesView.class);

        assertRefused(IssuesView.class);
    }
}
