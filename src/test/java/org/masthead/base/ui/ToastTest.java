package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.base.WorkflowException;
import org.masthead.review.ui.DeskView;
import org.masthead.security.Role;
import org.masthead.user.ui.ProfileView;

/** What happened is told briefly at the bottom of the screen, one sentence at a time, and stays on its screen. */
class ToastTest extends KaribuTest {

    @Test
    void a_refusal_that_reaches_the_last_resort_handler_is_short_at_the_bottom_and_replaces_the_one_before() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(DeskView.class);

        refuse("The first refusal.");
        refuse("The second refusal.");

        List<Notification> open = openNotifications();
        assertThat(open).singleElement().satisfies(note -> {
            assertThat(note.getElement().getProperty("text")).isEqualTo("The second refusal.");
            assertThat(note.getDuration()).isBetween(2000, 3500);
            assertThat(note.getPosition()).isIn(Notification.Position.BOTTOM_START, Notification.Position.BOTTOM_CENTER,
                    Notification.Position.BOTTOM_END, Notification.Position.BOTTOM_STRETCH);
        });
    }

    @Test
    void a_toast_does_not_follow_the_person_to_the_next_screen() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(DeskView.class);
        refuse("Refused on the desk.");
        assertThat(openNotifications()).hasSize(1);

        UI.getCurrent().navigate(ProfileView.class);

        assertThat(openNotifications()).isEmpty();
    }

    private static void refuse(String sentence) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new WorkflowException(sentence)));
    }

    private static List<Notification> openNotifications() {
        return NotificationsKt.getNotifications().stream().filter(Notification::isOpened).toList();
    }
}
