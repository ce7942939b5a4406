package org.masthead.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.section.SectionState;
import org.masthead.security.Role;

class ReleaseViewTest extends KaribuTest {

    @Test
    void the_release_button_stays_disabled_until_every_section_is_approved() {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "wendy", SectionState.IN_REVIEW);
        ids.subList(1, ids.size()).forEach(id -> desk.bringTo(id, "walter", SectionState.APPROVED));
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(release().isVisible()).isTrue();
        assertThat(release().isEnabled()).isFalse();
        assertThat(textOf(checks())).contains("Not ready yet").contains("\"Topics of the Week\" is in review (Wendy Writer).");
        assertThatThrownBy(() -> _click(release())).isInstanceOf(IllegalStateException.class);
        assertThat(desk.section(ids.get(0)).getIssue().isReleased()).isFalse();
    }

    @Test
    void a_publisher_releases_a_ready_issue_and_is_given_its_permalink() {
        long issueId = desk.readyIssue();
        int number = desk.section(desk.sectionIds(issueId).get(0)).getIssue().getNumber();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        assertThat(release().isEnabled()).isTrue();

        _click(release());

        assertThat(desk.section(desk.sectionIds(issueId).get(0)).getIssue().isReleased()).isTrue();
        assertThat(notificationTexts()).contains("Released. Readers find it at /archive/" + number + ".");
        Anchor permalink = _get(Anchor.class, spec -> spec.withId("permalink"));
        assertThat(permalink.isVisible()).isTrue();
        assertThat(permalink.getHref()).isEqualTo("/archive/" + number);
        assertThat(release().isVisible()).isFalse();
        assertThat(textOf(checks())).contains("Released.");
    }

    @Test
    void an_editor_sees_the_release_screen_without_a_release_button() {
        long issueId = desk.readyIssue();
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(currentView()).isInstanceOf(ReleaseView.class);
        assertThat(release().isVisible()).isFalse();
        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("release-preview")))).contains("<h2>Topics of the Week</h2>");
    }

    private static Button release() {
        return anyById(Button.class, "release");
    }

    private static Div checks() {
        return _get(Div.class, spec -> spec.withId("release-checks"));
    }
}
