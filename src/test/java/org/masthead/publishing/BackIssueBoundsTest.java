package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The bounds of a back-issue import: each refused with its sentence, on its field, before anything is stored. */
class BackIssueBoundsTest extends ServiceTest {

    private static final LocalDate SENT = LocalDate.of(2021, 3, 5);

    @Autowired
    BackIssues backIssues;

    @BeforeEach
    void publisher() {
        Desk.signIn("paula", Role.PUBLISHER);
    }

    @Test
    void a_file_over_1_mb_is_refused_on_the_file_field_and_nothing_is_stored() {
        byte[] file = ("## Topics of the Week\n\n" + "Words of the week. ".repeat(60_000)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> backIssues.importIssue(40, "Too big", SENT, file, true))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("That file is larger than 1 MB: it is not one issue.")
                .extracting(e -> ((ImportRefused) e).field()).isEqualTo(ImportRefused.Field.FILE);
        assertNothingStored();
    }

    @Test
    void a_file_of_60000_sections_is_refused_by_counting_its_headings_before_it_is_parsed() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 1; i <= 60_000; i++) {
            markdown.append("## S").append(i).append("\n\nx\n\n");
        }
        byte[] file = markdown.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isLessThanOrEqualTo(BackIssues.MAX_BYTES);

        assertThatThrownBy(() -> backIssues.importIssue(41, "Not one issue", SENT, file, true))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("That file has 60,000 section headings; an issue has at most 100 sections, "
                        + "so it is not one issue. Import one issue per file.")
                .extracting(e -> ((ImportRefused) e).field()).isEqualTo(ImportRefused.Field.FILE);
        assertNothingStored();
    }

    @Test
    void a_plain_text_file_with_more_headings_than_an_issue_has_sections_is_refused_on_the_file_field() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 101; i++) {
            text.append("Regional News Desk\n\nA short report from the region came in on Monday.\n\n");
        }
        text.append("The standing footer.");

        assertThatThrownBy(() -> backIssues.importIssue(42, "Plain", SENT, text.toString().getBytes(StandardCharsets.UTF_8), true))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("That file has 101 section headings; an issue has at most 100 sections, "
                        + "so it is not one issue. Import one issue per file.");
        assertNothingStored();
    }

    @Test
    void a_closing_paragraph_longer_than_a_footer_is_refused_on_the_footer_field_and_nothing_is_stored() {
        String closing = "This closing paragraph runs on and on about the briefing. ".repeat(70).strip();
        String text = "Topics of the Week\n\nA report from the desk.\n\n" + closing;

        assertThatThrownBy(() -> backIssues.importIssue(43, "Long footer", SENT, text.getBytes(StandardCharsets.UTF_8), true))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("The standing footer at the end of the file has " + String.format("%,d", closing.length())
                        + " characters; a footer has at most 4,000. Shorten it, or untick \"The file ends with "
                        + "the standing footer\" if it belongs to the last section.")
                .extracting(e -> ((ImportRefused) e).field()).isEqualTo(ImportRefused.Field.FOOTER);
        assertNothingStored();
    }

    @Test
    void a_footer_with_control_characters_is_stored_clean() {
        String text = "Topics of the Week\n\nA report from the desk.\n\nYou get\u0007 this briefing\u0000 because you\u001B subscribed.";

        Edition edition = backIssues.importIssue(44, "Clean footer", SENT, text.getBytes(StandardCharsets.UTF_8), true);

        assertThat(desk.jdbc().queryForObject("select footer from issues where number = 44", String.class))
                .isEqualTo("You get this briefing because you subscribed.");
        assertThat(Jsoup.parse(edition.getHtml()).select("footer.standing").text())
                .isEqualTo("You get this briefing because you subscribed.");
    }

    private void assertNothingStored() {
        for (String table : new String[] {"issues", "sections", "revisions", "editions"}) {
            assertThat(desk.jdbc().queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
    }
}
