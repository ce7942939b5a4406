package org.masthead.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The review screen shows what changed since the editor last saw the section, word by word. */
class ReviewChangesTest extends KaribuTest {

    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;

    @Test
    void after_a_return_the_editor_sees_exactly_the_words_the_writer_changed() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.RETURNED);   // body: "Some **text** for wendy."
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> {
            sections.saveBody(id, "Some **new text** for wendy.", desk.section(id).getVersion());
            return workflow.submit(id);
        });
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReviewView.class, id);

        String diff = htmlIn(_get(Div.class, spec -> spec.withId("changes")));
        assertThat(diff).isEqualTo("Some **<ins>new </ins>text** for wendy.");
    }

    @Test
    void a_first_submission_says_there_is_nothing_to_compare_with() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReviewView.class, id);

        assertThat(_get(Paragraph.class, spec -> spec.withId("changes-summary")).getText()).startsWith("First submission");
    }

    @Test
    void the_history_compares_the_last_two_revisions_by_default() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        Desk.as("erin", Desk.roles(Role.EDITOR),
                () -> sections.saveBody(id, "Some **text** for walter.", desk.section(id).getVersion()));
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReviewView.class, id);

        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("history-diff"))))
                .contains("<del>wendy</del><ins>walter</ins>");
    }
}
