package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.markdown.PatientRenderer;
import org.masthead.base.WorkflowException;
import org.masthead.issue.WordRange;
import org.masthead.section.SubmitChecks.Problem;

class SubmitChecksTest {

    private final SubmitChecks checks = new SubmitChecks(PatientRenderer.create());

    private List<String> problems(String body) {
        return checks.of(body, WordRange.ANY).stream().map(p -> (p.isError() ? "E " : "W ") + p.sentence()).toList();
    }

    @Test
    void a_clean_briefing_text_has_no_problems() {
        assertThat(problems("""
                ### A heading

                **Bold**, *italic*, ~~struck~~, `code`, [a link](https://example.org/a), <https://example.org/b>,
                a footnote[^1], 2 * 3 and snake_case, ![a chart](https://img.example/c.png).

                [^1]: The note.
                """)).isEmpty();
    }

    @Test
    void a_busy_server_does_not_refuse_a_simple_text_as_too_complex() {
        // Seen on a cold start under load: the demo content's submit was refused ("too complex to
        // render in time") and the start stopped, for a text that renders in a millisecond.
        SubmitChecks onABusyServer = new SubmitChecks(PatientRenderer.withoutTimeForScreens());

        assertThat(onABusyServer.of("Some *text* with [a link](https://example.org/a).", WordRange.ANY)).isEmpty();
    }

    @Test
    void an_empty_or_blank_text_is_an_error_without_a_line() {
        assertThat(problems("  \n\n  ")).containsExactly("E " + SubmitChecks.EMPTY);
    }

    @Test
    void links_that_go_nowhere_are_errors_on_their_line() {
        assertThat(problems("Fine.\n[a]() [b](/archive/1) [c](javascript:alert(1)) [d](https//example.org) [e](http:/x)"))
                .hasSize(5).allMatch(p -> p.startsWith("E Line 2: the link \""));
    }

    @Test
    void brackets_that_were_meant_as_a_link_are_errors() {
        assertThat(problems("See [the report] (https://example.org/r).")).first().asString()
                .startsWith("E Line 1: [the report] looks like the start of a link but is not one.");
        assertThat(problems("See [the report](https://example.org/a report).")).first().asString()
                .startsWith("E Line 1: [the report] looks like the start of a link");
        assertThat(problems("Plain brackets [sic] are fine.")).isEmpty();
    }

    @Test
    void undefined_references_and_footnotes_are_errors() {
        assertThat(problems("Read [the report][r1] and the note[^2].")).containsExactly(
                "E Line 1: the link \"the report\" refers to [r1], which is defined nowhere. "
                        + "Add a line \"[r1]: https://…\" or write the address in the link.",
                "E Line 1: the footnote [^2] has no text. Add a line \"[^2]: …\" at the end.");
    }

    @Test
    void images_need_a_description_and_an_https_address() {
        assertThat(problems("![](https://img.example/a.png)\n\n![chart](http://img.example/b.png)"))
                .extracting(p -> p.substring(0, 25)).containsExactly("E Line 1: the image has n", "E Line 3: the image \"char");
    }

    @Test
    void formatting_left_open_is_a_warning() {
        assertThat(problems("Some **bold\n\nA `code\n\n~~struck")).containsExactly(
                "W Line 1: \"**\" starts or ends bold text that is never closed, so readers will see the characters themselves.",
                "W Line 3: \"`\" starts code that is never closed, so readers will see the characters themselves.",
                "W Line 5: \"~~\" starts struck-through text that is never closed, so readers will see the characters themselves.");
    }

    @Test
    void errors_come_before_warnings() {
        List<Problem> found = checks.of("Open **bold\n\n[x]()", WordRange.ANY);

        assertThat(found).extracting(Problem::isError).containsExactly(true, false);
    }

    @Test
    void a_length_outside_the_range_is_a_warning_and_inside_it_nothing() {
        assertThat(checks.of("word ".repeat(200), WordRange.between(5, 60))).singleElement()
                .satisfies(p -> assertThat(p.sentence()).isEqualTo(
                        "This section has 200 words, longer than its guidance of 5–60 words. That is fine if the week calls for it."));
        assertThat(checks.of("word ".repeat(30), WordRange.between(5, 60))).isEmpty();
        assertThat(checks.of("word", new WordRange(null, 60))).isEmpty();
    }

    @Test
    void invisible_and_broken_characters_are_warnings_since_saving_cleans_them() {
        assertThat(problems("Clean\nDirty\u0007 and broken \uD800")).containsExactly(
                "W Line 2: the text contains 1 invisible control character(s), probably from a copy; they are removed when you save.",
                "W Line 2: the text contains 1 broken character(s); each is replaced by \uFFFD when you save.");
    }

    @Test
    void a_text_over_the_section_limit_is_an_error_with_its_size() {
        assertThat(problems("x".repeat(Section.BODY_MAX + 1))).first().asString()
                .isEqualTo("E The text has " + (Section.BODY_MAX + 1) + " characters; a section holds at most "
                        + Section.BODY_MAX + ". Split it or shorten it.");
    }

    @Test
    void requiring_no_errors_names_every_error_and_ignores_warnings() {
        checks.requireNoErrors("Open **bold but fine.", WordRange.between(50, 60));

        assertThatThrownBy(() -> checks.requireNoErrors("[a]() and [b](/x)", WordRange.ANY))
                .isInstanceOf(WorkflowException.class)
                .hasMessageStartingWith("Fix these before submitting: Line 1: the link \"a\" has no address.")
                .hasMessageContaining("Line 1: the link \"b\" points to \"/x\"");
    }
}
