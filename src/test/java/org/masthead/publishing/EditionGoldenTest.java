package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.Golden;
import org.masthead.ServiceTest;
import org.masthead.section.SectionService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The golden briefing section as the web edition carries it: the bytes of its section element. */
class EditionGoldenTest extends ServiceTest {

    @Autowired
    SectionService sections;
    @Autowired
    ReleaseService releases;

    @Test
    void the_web_edition_renders_the_briefing_section_as_the_golden_file() {
        long issueId = desk.newIssue();
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.assign(sectionId, "wendy");
        Desk.as("wendy", Desk.roles(Role.WRITER),
                () -> sections.saveBody(sectionId, Golden.read("briefing.md"), desk.section(sectionId).getVersion()));

        String article = Desk.as("erin", Desk.roles(Role.EDITOR), () -> releases.preview(issueId).article());

        String section = article.substring(article.indexOf("<section>"), article.indexOf("</section>") + "</section>".length());
        Golden.assertMatches("briefing.edition.html", section);
        // The section's own anchors carry its position, so a second section's footnote 1 cannot collide.
        assertThat(section).contains("id=\"s0-fn-1\"").doesNotContain("id=\"md-");
    }
}
