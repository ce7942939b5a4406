package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.masthead.user.User;

class IssueBoardViewTest extends KaribuTest {

    @Test
    void the_board_shows_status_writer_and_deadline_of_every_section() {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "wendy", SectionState.IN_REVIEW);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        Grid<Section> board = board();
        assertThat(board.getColumns().stream().map(c -> headerOf(board, c)).toList())
                .contains("Section", "Status", "Writer", "Deadline", "Last change");
        assertThat(GridKt._size(board)).isEqualTo(3);
        assertThat(textOf(cell(board, 0, "Status"))).isEqualTo("In review");
        assertThat(textOf(cell(board, 0, "Writer"))).isEqualTo("Wendy Writer");
        assertThat(textOf(cell(board, 0, "Deadline"))).isEqualTo("–");
        assertThat(textOf(cell(board, 1, "Status"))).isEqualTo("Draft");
    }

    @Test
    void an_issue_still_titled_by_its_number_is_named_once_and_a_named_one_with_its_title() {
        long issueId = desk.newIssue();
        int number = desk.jdbc().queryForObject("select number from issues where id = ?", Integer.class, issueId);
        desk.jdbc().update("update issues set title = ? where id = ?", "No. " + number, issueId);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);
        assertThat(_get(H2.class).getText()).isEqualTo("No. " + number);

        desk.jdbc().update("update issues set title = 'Platforms under pressure' where id = ?", issueId);
        UI.getCurrent().navigate(IssueBoardView.class, issueId);
        assertThat(_get(H2.class).getText()).isEqualTo("No. " + number + ": Platforms under pressure");
    }

    @Test
    void the_last_change_names_people_as_everyone_knows_them_and_the_desk_as_the_desk() {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        desk.jdbc().update("update sections set last_changed_by = 'erin' where id = ?", ids.get(0));
        desk.jdbc().update("update sections set last_changed_by = 'system' where id = ?", ids.get(1));
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(textOf(cell(board(), 0, "Last change"))).startsWith("Erin Editor");
        assertThat(textOf(cell(board(), 1, "Last change"))).startsWith("The desk");
    }

    @Test
    void an_editor_assigns_a_writer_through_the_board() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        @SuppressWarnings("unchecked")
        ComboBox<User> writer = (ComboBox<User>) cell(board(), 0, "Writer");
        User walter = writer.getListDataView().getItems().filter(u -> u.getUsername().equals("walter")).findFirst().orElseThrow();
        _setValue(writer, walter);

        assertThat(desk.section(sectionId).getWriterName()).isEqualTo("Walter Writer");
        assertThat(((ComboBox<?>) cell(board(), 0, "Writer")).getValue()).isEqualTo(walter);
        assertThat(notificationTexts()).contains("Topics of the Week is now with Walter Writer.");
    }

    @Test
    void an_editor_sets_a_deadline_through_the_board() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(2);
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        _setValue((DatePicker) cell(board(), 2, "Deadline"), LocalDate.of(2026, 12, 2));

        assertThat(desk.section(sectionId).getDeadline()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void a_writer_reads_the_board_without_planning_controls() {
        long issueId = desk.newIssue();
        desk.bringTo(desk.sectionIds(issueId).get(0), "wendy", SectionState.DRAFT);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(cell(board(), 0, "Writer")).isInstanceOf(Span.class);
        assertThat(cell(board(), 0, "Deadline")).isInstanceOf(Span.class);
        assertThat(_find(TextField.class, spec -> spec.withId("new-section-heading"))).isEmpty();
    }

    @Test
    void a_writer_is_not_offered_the_review_screen_they_may_not_open() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.APPROVED);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(links(0)).contains("sections/" + sectionId).doesNotContain("review/" + sectionId);
    }

    @Test
    void a_publisher_is_offered_the_review_screen_of_an_approved_section_to_reopen_it() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.APPROVED);
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(links(0)).contains("review/" + sectionId);
    }

    @Test
    void dropping_a_section_asks_first_and_cancel_keeps_it_in_the_issue() {
        long issueId = desk.newIssue();
        long optional = desk.sectionIds(issueId).get(1);
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        _click(dropButton(1));
        assertThat(confirmationText()).startsWith("Drop \"Good Old Soviet Joke\" from issue ")
                .contains("it is not released with it", "you can restore it");
        assertThat(confirmLabel()).isEqualTo("Drop \"Good Old Soviet Joke\"");
        cancel();

        assertThat(desk.section(optional).isDropped()).isFalse();
        assertThat(desk.jdbc().queryForObject("select count(*) from audit_events where action = 'SECTION_DROPPED'",
                Long.class)).isZero();

        _click(dropButton(1));
        confirm();

        assertThat(desk.section(optional).isDropped()).isTrue();
        assertThat(notificationTexts()).contains("Done: drop good old soviet joke.");
    }

    /** Where a row's links lead: its name opens the section, the actions column offers the review screen. */
    private static List<String> links(int row) {
        return java.util.stream.Stream.concat(_find(cell(board(), row, "Section"), Anchor.class).stream(),
                _find(cell(board(), row, ""), Anchor.class).stream()).map(Anchor::getHref).toList();
    }

    @Test
    void a_sections_name_on_the_board_opens_it_and_the_actions_come_before_the_planning_columns() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(_find(cell(board(), 0, "Section"), Anchor.class)).singleElement()
                .satisfies(name -> assertThat(name.getHref()).isEqualTo("sections/" + sectionId))
                .satisfies(name -> assertThat(name.getText()).isEqualTo("Topics of the Week"));
        assertThat(board().getColumns().stream().map(c -> headerOf(board(), c)).toList())
                .containsExactly("Section", "Status", "", "Writer", "Deadline", "With", "Last change");
        assertThat(board().getColumns()).noneMatch(Grid.Column::isFrozenToEnd);
    }

    private static Button dropButton(int row) {
        return _find(cell(board(), row, ""), Button.class).stream()
                .filter(b -> b.getAriaLabel().orElse("").startsWith("Drop ")).findFirst().orElseThrow();
    }

    @Test
    void an_editor_is_offered_the_review_screen_of_a_section_in_review_unless_he_wrote_it() {
        long issueId = desk.newIssue();
        var ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "eddie", SectionState.IN_REVIEW);
        desk.bringTo(ids.get(1), "wendy", SectionState.IN_REVIEW);
        login("eddie", Role.EDITOR, Role.WRITER);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(links(0)).contains("sections/" + ids.get(0)).doesNotContain("review/" + ids.get(0));
        assertThat(links(1)).contains("review/" + ids.get(1));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Section> board() {
        return _get(Grid.class, spec -> spec.withId("board"));
    }

    /** The component the board renders in a row under the given column header. */
    @Test
    void the_board_says_the_issue_status_in_words_on_a_badge() {
        long issueId = desk.readyIssue();
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(_get(IssueStatusBadge.class).getText()).isEqualTo("Ready to release");
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-summary")).getElement().getTextRecursively())
                .startsWith("Ready to release").doesNotContain("READY");
    }

    private static Component cell(Grid<Section> board, int row, String header) {
        Grid.Column<Section> column = board.getColumns().stream()
                .filter(c -> header.equals(headerOf(board, c))).findFirst().orElseThrow();
        if (column.getKey() == null) {
            column.setKey("column-" + board.getColumns().indexOf(column));
        }
        return GridKt._getCellComponent(board, row, column.getKey());
    }

    private static String headerOf(Grid<Section> board, Grid.Column<Section> column) {
        return board.getHeaderRows().get(0).getCell(column).getText();
    }
}
