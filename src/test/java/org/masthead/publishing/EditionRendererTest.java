package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The text edition shows an issue's title and its section headings as the web page does: as typed. */
class EditionRendererTest extends ServiceTest {

    private static final String TITLE = "Who said \"parody\"? It's *not* 2 * 3 -- or [is it](x)...";
    private static final String HEADING = "Kremlin's \"Current\" _Narrative_ -- part #2";

    @Autowired
    BackIssues backIssues;

    @Test
    void titles_and_section_headings_read_in_the_text_edition_exactly_as_typed() {
        String file = "## " + HEADING + "\n\nThe narrative, as usual.\n\n---\n\nThe footer.\n";
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = backIssues.importIssue(70, TITLE, LocalDate.of(2021, 2, 5), file.getBytes(StandardCharsets.UTF_8), true);

        assertThat(EditionParagraphs.ofWebPage(edition.getHtml())).startsWith("# " + TITLE, "## " + HEADING);
        assertThat(EditionParagraphs.ofPlainText(edition.getPlainText())).startsWith("# " + TITLE, "## " + HEADING);
        assertThat(edition.getPlainText()).contains(TITLE + "\n" + "=".repeat(TITLE.length()) + "\n",
                HEADING + "\n" + "-".repeat(HEADING.length()) + "\n");
    }
}
