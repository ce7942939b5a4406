package org.masthead.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review screen shows what changed since an editor last saw the section the way readers see
 * it (rendered, words marked, link addresses as notes), with the Markdown a click away.
 */
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
        assertThat(diff).isEqualTo("<p>Some <strong><ins class=\"diff-ins\">new </ins>text</strong> for wendy.</p>");
        Details markdown = _get(Details.class, spec -> spec.withId("changes-markdown"));
        assertThat(markdown.getSummaryText()).isEqualTo("Show Markdown");
        assertThat(markdown.isOpened()).as("the Markdown is one click away, not in the way").isFalse();
        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("changes-markdown-diff"))))
                .isEqualTo("Some **<ins>new </ins>text** for wendy.");
    }

    @Test
    void a_changed_link_shows_its_words_marked_and_its_new_address_as_a_note_not_inside_the_words() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.RETURNED);
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> {
            sections.saveBody(id, "See [the audit report](https://example.org/report).", desk.section(id).getVersion());
            workflow.submit(id);
            return null;
        });
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.returnToWriter(id, "Link the committee instead."));
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> {
            sections.saveBody(id, "See [the committee page](https://example.org/committee).", desk.section(id).getVersion());
            return workflow.submit(id);
        });
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReviewView.class, id);

        String diff = htmlIn(_get(Div.class, spec -> spec.withId("changes")));
        assertThat(diff).contains("<a href=\"https://example.org/committee\" rel=\"noopener noreferrer\">the "
                + "<del class=\"diff-del\">audit</del><ins class=\"diff-ins\">committee</ins> "
                + "<del class=\"diff-del\">report</del><ins class=\"diff-ins\">page</ins></a>");
        assertThat(diff).doesNotContain("~~", "](");
        assertThat(textOf(_get(UnorderedList.class, spec -> spec.withId("changes-links"))))
                .isEqualTo("The link “the committee page” now goes to example.org/committee (was example.org/report).");
    }

    @Test
    void when_nothing_changed_the_screen_says_so_and_shows_nothing_else() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.RETURNED);
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> workflow.submit(id));
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReviewView.class, id);

        assertThat(_get(Paragraph.class, spec -> spec.withId("changes-summary")).getText())
                .startsWith("No changes since the version last returned or approved");
        _assertNone(Div.class, spec -> spec.withId("changes"));
        _assertNone(UnorderedList.class, spec -> spec.withId("changes-links"));
        _assertNone(Details.class, spec -> spec.withId("changes-markdown"));
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
                .contains("<del class=\"diff-del\">wendy</del><ins class=\"diff-ins\">walter</ins>");
    }
}
