package org.masthead.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.publishing.PreviewLinks;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.ui.IssueBoardView;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The preview links on an issue's board: made, listed and withdrawn by editors and publishers, hidden from writers. */
class PreviewLinksPanelTest extends KaribuTest {

    @Autowired
    PreviewLinks previewLinks;
    @Autowired
    ReleaseService releases;

    @Test
    void an_editor_creates_a_preview_link_and_sees_it_listed_with_its_address() {
        long issueId = desk.newIssue();
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssueBoardView.class, issueId);
        assertThat(_find(Grid.class, spec -> spec.withId("preview-link-list"))).as("no list while there is no link").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("create-preview-link")));

        Grid<PreviewLinks.Line> list = list();
        assertThat(GridKt._size(list)).isEqualTo(1);
        PreviewLinks.Line line = GridKt._get(list, 0);
        assertThat(line.createdBy()).isEqualTo("Erin Editor");
        assertThat(GridKt._getFormattedRow(list, 0)).contains("Never", "Open", "0");
        assertThat(_find(actions(list, 0), Anchor.class).get(0).getHref()).isEqualTo(line.url()).contains("/archive/preview/");
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Preview link created, open until "));
    }

    @Test
    void revoking_asks_first_then_the_link_shows_as_withdrawn() {
        long issueId = desk.newIssue();
        long linkId = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> previewLinks.create(issueId)).id();
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        _click(_get(actions(list(), 0), Button.class, spec -> spec.withId("revoke-preview-link-" + linkId)));
        assertThat(confirmationText()).contains("stops opening at once");
        confirm();

        assertThat(GridKt._getFormattedRow(list(), 0)).anySatisfy(cell -> assertThat(cell).startsWith("Withdrawn by Erin Editor"));
        assertThat(_find(actions(list(), 0), Button.class)).as("nothing left to revoke").isEmpty();
        assertThat(desk.jdbc().queryForObject("select count(*) from audit_events where action = 'PREVIEW_LINK_REVOKED'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void a_writer_sees_no_preview_links_on_the_board() {
        long issueId = desk.newIssue();
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> previewLinks.create(issueId));
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(_find(Grid.class, spec -> spec.withId("board"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("create-preview-link"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("preview-link-list"))).isEmpty();
    }

    @Test
    void a_released_issue_has_no_preview_links_to_offer() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(IssueBoardView.class, issueId);

        assertThat(_find(Button.class, spec -> spec.withId("create-preview-link"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PreviewLinks.Line> list() {
        return _get(Grid.class, spec -> spec.withId("preview-link-list"));
    }

    /** The last cell of the row: the address, Copy link and Revoke. */
    private static Component actions(Grid<PreviewLinks.Line> list, int row) {
        Grid.Column<PreviewLinks.Line> column = list.getColumns().get(list.getColumns().size() - 1);
        if (column.getKey() == null) {
            column.setKey("actions");
        }
        return GridKt._getCellComponent(list, row, column.getKey());
    }
}
