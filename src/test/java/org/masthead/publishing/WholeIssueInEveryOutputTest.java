package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.section.Section;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The largest issue the desk holds (every section as long as a section may be, a link in every
 * paragraph) reaches readers whole in every output: each section's heading and last paragraph,
 * and the footer, are in the web page, the email, the text edition and the feed entry, and the
 * stored Markdown has every heading.
 */
class WholeIssueInEveryOutputTest extends ServiceTest {

    private static final List<String> HEADINGS = List.of("Topics of the Week", "Good Old Soviet Joke", "Policy & Research News");

    @Autowired
    BackIssues backIssues;
    @Autowired
    AtomFeed feed;

    @Test
    void an_issue_of_three_full_sections_ends_with_its_footer_in_every_output() throws Exception {
        StringBuilder file = new StringBuilder("# The longest issue\n\n");
        for (String heading : HEADINGS) {
            file.append("## ").append(heading).append("\n\n").append(fullSection(heading)).append("\n\n");
        }
        file.append("---\n\nThe standing footer, the last words of the issue.\n");
        Desk.signIn("paula", Role.PUBLISHER);

        Edition edition = backIssues.importIssue(61, "", LocalDate.of(2021, 6, 4), file.toString().getBytes(StandardCharsets.UTF_8), true);

        List<String> expected = List.of("# The longest issue",
                "## Topics of the Week", "The last paragraph of Topics of the Week.",
                "## Good Old Soviet Joke", "The last paragraph of Good Old Soviet Joke.",
                "## Policy & Research News", "The last paragraph of Policy & Research News.",
                "-- The standing footer, the last words of the issue.");
        assertThat(skeleton(EditionParagraphs.ofWebPage(edition.getHtml()))).as("web").isEqualTo(expected);
        assertThat(skeleton(EditionParagraphs.ofEmail(edition.getEmailHtml()))).as("email").isEqualTo(expected);
        assertThat(skeleton(EditionParagraphs.ofPlainText(edition.getPlainText()))).as("text").isEqualTo(expected);
        assertThat(skeleton(EditionParagraphs.ofWebPage(feedEntry()))).as("feed").isEqualTo(expected);
        assertThat(EditionParagraphs.headingsOfMarkdown(edition.getMarkdown())).as("markdown")
                .containsExactly("# The longest issue", "## Topics of the Week", "## Good Old Soviet Joke", "## Policy & Research News");
        assertThat(edition.getMarkdown().strip()).endsWith("The standing footer, the last words of the issue.");
    }

    /** As long as a section may be, a link in every paragraph, ending on a paragraph that names it. */
    private static String fullSection(String heading) {
        String last = "The last paragraph of " + heading + ".";
        StringBuilder body = new StringBuilder();
        for (int n = 1; body.length() + 200 + last.length() < Section.BODY_MAX; n++) {
            body.append("Paragraph ").append(n).append(" of ").append(heading).append(" cites [the report on item ").append(n)
                    .append("](https://example.org/reports/").append(n).append(") and draws no conclusion from it.\n\n");
        }
        return body.append(last).toString();
    }

    private String feedEntry() throws Exception {
        SyndFeed atom = new SyndFeedInput().build(new StringReader(new String(feed.xml(), StandardCharsets.UTF_8)));
        return atom.getEntries().get(0).getContents().get(0).getValue();
    }

    private static List<String> skeleton(List<String> paragraphs) {
        return EditionParagraphs.headingsLastParagraphsAndFooter(paragraphs);
    }
}
