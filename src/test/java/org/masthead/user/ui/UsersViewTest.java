package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.Role;
import org.masthead.user.User;

class UsersViewTest extends KaribuTest {

    @Test
    void a_writer_cannot_open_the_users_screen() {
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(UsersView.class);

        assertRefused(UsersView.class);
    }

    @Test
    void an_editor_cannot_open_the_users_screen() {
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(UsersView.class);

        assertRefused(UsersView.class);
    }

    @Test
    void an_administrator_sees_every_person_at_the_desk() {
        login("admin", Role.ADMIN);

        UI.getCurrent().navigate(UsersView.class);

        assertThat(currentView()).isInstanceOf(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<User> users = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._size(users)).isEqualTo(6);
    }
}
