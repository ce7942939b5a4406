package org.masthead.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.Role;
import org.springframework.test.context.TestPropertySource;

/**
 * The release screen on a desk too busy to format the issue in time (the edition budget is zero
 * here, see PatientRendering): it opens, previews the issue as plain paragraphs, and says in its
 * checks and beside the disabled button why the issue cannot go out now.
 */
@TestPropertySource(properties = {"masthead.test.edition-render-budget=PT0S", "masthead.test.database=no_plain_fallback"})
class ReleaseViewWithoutTimeToRenderTest extends KaribuTest {

    @Test
    void the_screen_opens_and_says_the_issue_could_not_be_formatted_in_time_instead_of_offering_the_release() {
        long issueId = desk.readyIssue();
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(textOf(_get(Div.class, spec -> spec.withId("release-checks"))))
                .contains("\"Topics of the Week\" could not be formatted in time, so readers would get it as plain paragraphs");
        assertThat(_get(Button.class, spec -> spec.withId("release")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("release-why-not")).getText())
                .contains("is not ready to release", "could not be formatted in time");
        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("release-preview")))).contains("Some **text** for wendy.");
    }
}
