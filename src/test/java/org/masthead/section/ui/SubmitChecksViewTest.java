package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.base.WorkflowException;
import org.masthead.section.Section;
import org.masthead.section.SectionState;
import org.masthead.security.Role;

class SubmitChecksViewTest extends EditorTesting {

    @Test
    void the_editor_lists_errors_and_warnings_with_their_lines_as_the_writer_types() {
        openDraftAsWendy();

        _setValue(body(), "Read **this.\n\n[the report](javascript:alert(1)) and ![](https://img.example/c.png)");

        assertThat(checks()).containsExactly(
                "Error. Line 3: the link \"the report\" points to \"javascript:alert(1)\", which readers cannot open. "
                        + "Use a full address that starts with https:// (or mailto: for an email address).",
                "Error. Line 3: the image has no description, so readers who cannot see it learn nothing. "
                        + "Describe it between the brackets: ![What the picture shows](…).",
                "Warning. Line 1: \"**\" starts or ends bold text that is never closed, so readers will see the characters themselves.");
    }

    @Test
    void a_new_empty_section_is_not_an_error_before_the_writer_tries_to_submit_it() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.assign(sectionId, "wendy");
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(SectionEditorView.class, sectionId);

        assertThat(body().getValue()).isEmpty();
        assertThat(checks()).noneMatch(check -> check.startsWith("Error."));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("check-error"))).isEmpty();

        assertThatThrownBy(() -> _click(button("submit"))).isInstanceOf(WorkflowException.class);

        assertThat(checks()).contains("Error. This section is empty. Write something before submitting it.");
    }

    @Test
    void a_clean_text_shows_no_checks() {
        openDraftAsWendy();

        _setValue(body(), "All **fine** and [linked](https://example.org).");

        assertThat(anyById(Div.class, "checks").isVisible()).isFalse();
    }

    @Test
    void submitting_with_an_error_is_refused_and_keeps_the_draft_saved() {
        long sectionId = openDraftAsWendy();
        _setValue(body(), "See [the report](www.example.org/report).");

        assertThatThrownBy(() -> _click(button("submit"))).isInstanceOf(WorkflowException.class)
                .hasMessageStartingWith("Line 1: the link \"the report\" points to \"www.example.org/report\"");

        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.DRAFT);
        assertThat(desk.section(sectionId).getBody()).isEqualTo("See [the report](www.example.org/report).");
    }

    @Test
    void submitting_with_only_warnings_goes_through() {
        long sectionId = openDraftAsWendy();
        _setValue(body(), "A joke with a stray *asterisk.");
        assertThat(checks()).hasSize(1).allMatch(check -> check.startsWith("Warning."));

        _click(button("submit"));

        assertThat(desk.stateOf(sectionId)).isEqualTo(SectionState.IN_REVIEW);
    }

    @Test
    void the_section_and_the_issue_show_their_words_and_reading_time() {
        long sectionId = openDraftAsWendy();

        _setValue(body(), "word ".repeat(460));

        assertThat(text("word-count")).isEqualTo("460 words");
        assertThat(text("reading-time")).isEqualTo("2 min read");
        // The other sections of the issue are empty; the issue's length is this section's.
        assertThat(text("issue-length")).isEqualTo("Issue: 460 words, 2 min read");
        assertThat(sectionId).isPositive();
    }

    @Test
    void a_length_outside_the_slots_range_is_a_warning_only() {
        long issueId = desk.newIssue();
        long jokeId = desk.sectionIds(issueId).get(1);
        desk.bringTo(jokeId, "wendy", SectionState.DRAFT);
        login("wendy", org.masthead.security.Role.WRITER);
        com.vaadin.flow.component.UI.getCurrent().navigate(SectionEditorView.class, jokeId);

        _setValue(body(), "Short.");

        assertThat(checks()).containsExactly("Warning. This section has 1 word, shorter than its guidance of 5–60 words. "
                + "That is fine if the week calls for it.");
        _click(button("submit"));
        assertThat(desk.stateOf(jokeId)).isEqualTo(SectionState.IN_REVIEW);
    }

    @Test
    void a_body_over_the_limit_is_refused_on_save_with_its_size_and_stays_in_the_editor() {
        long sectionId = openDraftAsWendy();
        String huge = "x".repeat(Section.BODY_MAX + 5);
        _setValue(body(), huge);

        assertThatThrownBy(() -> _click(button("save"))).isInstanceOf(WorkflowException.class)
                .hasMessageContaining(String.valueOf(Section.BODY_MAX + 5));

        assertThat(body().getValue()).isEqualTo(huge);
        assertThat(checks()).anyMatch(check -> check.startsWith("Error. The text has " + (Section.BODY_MAX + 5) + " characters"));
        assertThat(desk.section(sectionId).getBody()).isNotEqualTo(huge);
    }

    private static List<String> checks() {
        Div checks = anyById(Div.class, "checks");
        return checks.isVisible() ? checks.getChildren().flatMap(c -> c.getChildren())
                .filter(ListItem.class::isInstance).map(item -> ((ListItem) item).getText()).toList() : List.of();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
