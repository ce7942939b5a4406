package org.masthead.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.review.ui.DeskView;
import org.masthead.security.Role;

/** The navigation offers each role the screens it may open, and no others. */
class MainLayoutTest extends KaribuTest {

    @Test
    void a_writer_is_offered_their_desk_and_the_issues_but_neither_users_nor_the_audit_trail() {
        login("wendy", Role.WRITER);

        assertThat(navigationLabels()).contains("My desk", "Issues").doesNotContain("Users", "Audit trail");
    }

    @Test
    void an_editor_is_offered_the_audit_trail_but_not_users() {
        login("erin", Role.EDITOR);

        assertThat(navigationLabels()).contains("My desk", "Issues", "Audit trail").doesNotContain("Users");
    }

    @Test
    void a_publisher_is_offered_the_issues_and_the_audit_trail_but_not_users() {
        login("paula", Role.PUBLISHER);

        assertThat(navigationLabels()).contains("My desk", "Issues", "Audit trail").doesNotContain("Users");
    }

    @Test
    void an_administrator_is_offered_users_and_the_audit_trail_but_not_the_issues() {
        login("admin", Role.ADMIN);

        assertThat(navigationLabels()).contains("My desk", "Users", "Audit trail").doesNotContain("Issues");
    }

    @Test
    void the_top_bar_says_who_is_signed_in_and_leads_to_their_profile() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(DeskView.class);

        Anchor who = _get(Anchor.class, spec -> spec.withId("signed-in-as"));
        assertThat(who.getText()).isEqualTo("Signed in as erin");
        assertThat(who.getHref()).isEqualTo("profile");
    }

    private static List<String> navigationLabels() {
        UI.getCurrent().navigate(DeskView.class);
        assertThat(currentView()).isInstanceOf(DeskView.class);
        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
