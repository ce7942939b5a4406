package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A plain-text back issue the desk has never seen, with everything a mail's text carries
 * (straight quotes, apostrophes, "--", "...", lists with "•", "-" and "1.", no-break spaces,
 * a heading outside the template, an address), imported and read back from every output: each
 * paragraph must be, character for character, the paragraph of the file.
 */
class BackIssueFidelityTest extends ServiceTest {

    static final Path SAMPLE = Path.of("src/test/resources/samples/back-issue-2021-03.txt");
    /** As typed into the import screen: the title is shown as typed too. */
    static final String TITLE = "Who said \"parody\"? It's -- complicated...";
    private static final List<String> HEADINGS = List.of("Topics of the Week", "Good Old Soviet Joke", "Letters From Readers",
            "Policy & Research News");
    private static final Pattern ITEM = Pattern.compile("^(?:[•-]|(\\d+)\\.)\\s+(.*)$");

    @Autowired
    BackIssues backIssues;

    @Test
    void every_paragraph_of_a_plain_text_back_issue_reads_as_written_on_the_web_in_the_email_and_in_the_text() throws Exception {
        String file = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = backIssues.importIssue(52, TITLE, LocalDate.of(2021, 3, 12), file.getBytes(StandardCharsets.UTF_8), true);

        List<String> expected = paragraphsOf(file);
        assertThat(EditionParagraphs.ofWebPage(edition.getHtml())).as("web").containsExactlyElementsOf(expected);
        assertThat(edition.getHtml()).as("its cited source has an archived copy")
                .contains("(<a href=\"/archive/52/sources/1\" rel=\"nofollow\">archived copy</a>)");
        assertThat(EditionParagraphs.ofEmail(edition.getEmailHtml())).as("email").containsExactlyElementsOf(expected);
        assertThat(EditionParagraphs.ofPlainText(edition.getPlainText())).as("text").containsExactlyElementsOf(expected);
    }

    /**
     * The file read as its readers read it: paragraphs between blank lines, lines that start
     * with a bullet, a dash or a number are items ("• " or "2. "), the known headings are
     * headings, the last paragraph is the footer.
     */
    private static List<String> paragraphsOf(String file) {
        String[] blocks = file.strip().split("\\n\\s*\\n");
        List<String> out = new ArrayList<>();
        out.add("# " + TITLE);
        for (int i = 0; i < blocks.length; i++) {
            String prefix = i == blocks.length - 1 ? "-- " : "";
            if (HEADINGS.contains(blocks[i].strip())) {
                out.add("## " + blocks[i].strip());
                continue;
            }
            for (String line : blocks[i].split("\n")) {
                Matcher item = ITEM.matcher(line);
                if (item.matches()) {
                    out.add(prefix + (item.group(1) == null ? "• " : item.group(1) + ". ") + EditionParagraphs.even(item.group(2)));
                } else {
                    out.add(prefix + EditionParagraphs.even(line));
                }
            }
        }
        return out;
    }
}
