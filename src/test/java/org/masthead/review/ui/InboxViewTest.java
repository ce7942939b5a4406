package org.masthead.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.review.InboxMessage;
import org.masthead.section.SectionState;
import org.masthead.security.Role;

class InboxViewTest extends KaribuTest {

    @Test
    void the_top_bar_counts_unread_messages_and_the_inbox_lists_them() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("Inbox (1)");
        @SuppressWarnings("unchecked")
        Grid<InboxMessage> inbox = _get(Grid.class, spec -> spec.withId("inbox"));
        assertThat(GridKt._size(inbox)).isOne();
        assertThat(GridKt._get(inbox, 0).getText()).contains("Wendy Writer submitted").contains("for review");
    }

    @Test
    void marking_all_as_read_empties_the_count() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(InboxView.class);

        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));
        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("Inbox");
    }

    @Test
    void opening_a_message_marks_it_read_and_takes_it_off_the_count() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<InboxMessage> inbox = _get(Grid.class, spec -> spec.withId("inbox"));

        GridKt._clickItem(inbox, 0);
        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("Inbox");
        @SuppressWarnings("unchecked")
        Grid<InboxMessage> after = _get(Grid.class, spec -> spec.withId("inbox"));
        assertThat(GridKt._get(after, 0).isRead()).isTrue();
    }

    @Test
    void a_submission_since_approved_is_marked_done_and_leaves_the_count_unread() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.APPROVED);
        login("eddie", Role.EDITOR, Role.WRITER);

        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("Inbox");
        @SuppressWarnings("unchecked")
        Grid<InboxMessage> inbox = _get(Grid.class, spec -> spec.withId("inbox"));
        InboxMessage submitted = GridKt._get(inbox, 0);
        assertThat(submitted.isRead()).isFalse();
        assertThat(submitted.isSettled()).isTrue();
        assertThat(GridKt._getCellComponent(inbox, 0, "message").getElement().getTextRecursively()).endsWith("done");
    }

    @Test
    void a_writer_gets_nothing_about_work_she_does_not_hold() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "walter", SectionState.RETURNED);
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(InboxView.class);

        @SuppressWarnings("unchecked")
        Grid<InboxMessage> inbox = _get(Grid.class, spec -> spec.withId("inbox"));
        assertThat(GridKt._size(inbox)).isZero();
    }
}
