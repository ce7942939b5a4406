package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.Golden;

/** A typical briefing section, in each output the renderer gives, against files reviewed by eye. */
class GoldenOutputsTest {

    private final MarkdownRenderer markdown = PatientRenderer.create();
    private final Rendering briefing = markdown.render(Golden.read("briefing.md"));

    @Test
    void the_preview_and_web_html_match_the_golden_file() {
        Golden.assertMatches("briefing.html", briefing.html());
    }

    @Test
    void the_email_html_matches_the_golden_file() {
        Golden.assertMatches("briefing.email.html", briefing.emailHtml());
    }

    @Test
    void the_plain_text_matches_the_golden_file() {
        Golden.assertMatches("briefing.txt", briefing.plainText());
    }

    @Test
    void the_briefing_raises_no_findings_but_its_links() {
        assertThat(briefing.findings()).extracting(MarkdownFinding::kind).containsOnly(MarkdownFinding.Kind.LINK);
        assertThat(briefing.words()).isEqualTo(132);
    }
}
