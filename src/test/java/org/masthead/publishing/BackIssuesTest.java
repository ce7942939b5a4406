package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.Samples;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class BackIssuesTest extends ServiceTest {

    static final Path SAMPLE = Samples.BRIEFING;

    @Autowired
    BackIssues backIssues;
    @Autowired
    Archive archive;

    @Test
    void every_paragraph_of_the_sample_appears_in_the_edition_in_order_under_its_section_and_nothing_else_does() throws Exception {
        String file = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = backIssues.importIssue(37, "A friend is known in trouble", LocalDate.of(2020, 9, 18),
                file.getBytes(StandardCharsets.UTF_8), true);

        Document page = Jsoup.parse(edition.getHtml());
        List<String> got = new ArrayList<>();
        for (Element section : page.select("article > section")) {
            got.add("## " + words(section.selectFirst("h2").text()));
            section.select("p").forEach(p -> got.add(words(p.text())));
        }
        page.select("article > footer.standing p").forEach(p -> got.add("-- " + words(p.text())));
        assertThat(got).containsExactlyElementsOf(expectedFrom(file));
    }

    @Test
    void a_back_issue_keeps_its_original_date_and_number_and_is_in_the_archive_with_every_format() throws Exception {
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = backIssues.importIssue(37, "A friend is known in trouble", LocalDate.of(2020, 9, 18),
                Files.readAllBytes(SAMPLE), true);

        assertThat(edition.getIssueNumber()).isEqualTo(37);
        assertThat(edition.getReleasedAt().atZone(ZoneId.of("Europe/Prague")).toLocalDate()).isEqualTo(LocalDate.of(2020, 9, 18));
        assertThat(Jsoup.parse(edition.getHtml()).select("p.meta").first().text()).isEqualTo("Issue 37 · 18 September 2020");
        assertThat(archive.released()).extracting(Edition::getIssueNumber).containsExactly(37);
        // The text edition wraps lines for mail readers; the words must all be there, in order.
        assertThat(edition.getPlainText().replaceAll("\\s+", " ")).contains("Little Vovochka decided to become president when he grows up. And he did.");
        assertThat(edition.getEmailHtml().getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);
    }

    @Test
    void a_markdown_file_is_split_at_its_headings_and_unknown_headings_are_kept_in_order() {
        String markdown = """
                # Quiet week

                ## Letters to the desk

                A *reader* wrote in.

                ## Topics of the Week

                - One.
                - Two.

                ---

                The standing footer.
                """;
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = backIssues.importIssue(5, "", LocalDate.of(2021, 1, 8), markdown.getBytes(StandardCharsets.UTF_8), true);

        Document page = Jsoup.parse(edition.getHtml());
        assertThat(edition.getTitle()).isEqualTo("Quiet week");
        assertThat(page.select("h2").eachText()).containsExactly("Letters to the desk", "Topics of the Week");
        assertThat(page.select("section em").text()).isEqualTo("reader");
        assertThat(page.select("footer.standing").text()).isEqualTo("The standing footer.");
    }

    @Test
    void an_import_over_an_existing_number_or_by_an_editor_is_refused_and_changes_nothing() {
        long taken = desk.newIssue();
        int number = desk.section(desk.sectionIds(taken).get(0)).getIssue().getNumber();
        byte[] file = "Topics of the Week\n\nOne line.\n\nFooter.".getBytes(StandardCharsets.UTF_8);

        Desk.signIn("erin", Role.EDITOR);
        assertThatThrownBy(() -> backIssues.importIssue(99, "T", LocalDate.of(2020, 1, 1), file, true))
                .isInstanceOf(AccessDeniedException.class);
        Desk.signIn("paula", Role.PUBLISHER);
        assertThatThrownBy(() -> backIssues.importIssue(number, "T", LocalDate.of(2020, 1, 1), file, true))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("There is already an issue " + number);
        assertThat(archive.released()).isEmpty();
    }

    /** The words as a reader sees them: any run of spaces (the file has no-break ones too) is one space. */
    private static String words(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The file's paragraphs as the edition should show them: headings marked, the last one as the footer. */
    private static List<String> expectedFrom(String file) {
        List<String> paragraphs = Arrays.stream(file.replace("\r\n", "\n").split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> headings = List.of("Topics of the Week", "Good Old Soviet Joke", "Policy & Research News",
                "US Developments", "Kremlin’s Current Narrative");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = words(paragraphs.get(i));
            if (i == paragraphs.size() - 1) {
                expected.add("-- " + paragraph);
            } else {
                expected.add(headings.contains(paragraph) ? "## " + paragraph : paragraph);
            }
        }
        return expected;
    }
}
