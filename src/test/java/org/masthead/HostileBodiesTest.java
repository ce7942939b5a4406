package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.markdown.HostileBodies;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.Rendering;
import org.masthead.markdown.WordDiff;
import org.masthead.base.WorkflowException;
import org.masthead.issue.WordRange;
import org.masthead.publishing.AtomFeed;
import org.masthead.publishing.BackIssues;
import org.masthead.publishing.Corrections;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseAction;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.SectionService;
import org.masthead.section.SectionWorkflow;
import org.masthead.section.SubmitChecks;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every way a section body is parsed, checked, compared or frozen, fed each hostile body of
 * {@link HostileBodies}: each answers with a bounded, sane result (a rendering with a finding,
 * a few sentences, a refusal in words, the whole text shown as replaced), never a stack
 * overflow, an unexpected exception or a hang.
 */
class HostileBodiesTest extends ServiceTest {

    private static final String HEADING = Desk.HEADINGS.get(0);

    @Autowired
    MarkdownRenderer markdown;
    @Autowired
    SubmitChecks submitChecks;
    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;
    @Autowired
    ReleaseService releases;
    @Autowired
    Corrections corrections;
    @Autowired
    BackIssues backIssues;
    @Autowired
    AtomFeed feed;

    static List<HostileBodies.Body> bodies() {
        return HostileBodies.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void the_renderer_and_the_submit_checks_answer_with_a_bounded_result(HostileBodies.Body body) {
        Rendering rendering = markdown.render(body.text());
        List<SubmitChecks.Problem> problems = submitChecks.of(body.text(), WordRange.ANY);

        assertThat(rendering.isPlainFallback()).isFalse();
        assertThat(problems).as("the editor lists a readable number of problems").hasSizeLessThanOrEqualTo(SubmitChecks.SHOWN_MAX + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void a_writer_saves_it_submits_it_or_is_told_why_not_and_the_desk_counts_its_words(HostileBodies.Body body) {
        long issueId = desk.newIssue();
        long sectionId = draft(issueId, body.text());

        Throwable submitted = catchThrowable(() -> Desk.as("wendy", Desk.roles(Role.WRITER), () -> workflow.submit(sectionId)));
        Map<Long, Integer> words = Desk.as("erin", Desk.roles(Role.EDITOR), () -> sections.wordCounts(issueId));

        assertThat(submitted).as("submitted, or refused in words").satisfiesAnyOf(
                thrown -> assertThat(thrown).isNull(),
                thrown -> assertThat(thrown).isInstanceOf(WorkflowException.class).hasMessageMatching("(?s).*\\w.*"));
        assertThat(words).containsKey(sectionId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void the_release_screen_reports_the_section_in_a_few_sentences_and_previews_the_issue(HostileBodies.Body body) {
        long issueId = desk.newIssue();
        draft(issueId, body.text());
        Desk.signIn("paula", Role.PUBLISHER);

        List<String> problems = releases.problemsBeforeRelease(issueId);
        var actions = releases.actionsFor(issueId);
        String article = releases.preview(issueId).article();

        assertThat(problems).anyMatch(p -> p.startsWith("\"" + HEADING + "\"")).hasSizeLessThanOrEqualTo(12);
        assertThat(actions.whyNot(ReleaseAction.RELEASE_NOW)).get().asString().contains(HEADING);
        assertThat(Jsoup.parse(article).select("article.issue section h2").eachText()).contains(HEADING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void the_review_diff_compares_it_word_by_word_or_shows_it_replaced_whole(HostileBodies.Body body) {
        String before = "Some **text** for wendy.\n\nA second paragraph, with [a link](https://example.org).";

        List<WordDiff.Piece> pieces = WordDiff.between(before, body.text());

        assertThat(textOf(pieces, WordDiff.Kind.INSERTED)).isEqualTo(body.text());
        assertThat(textOf(pieces, WordDiff.Kind.DELETED)).isEqualTo(before);
        assertThat(WordDiff.toHtml(pieces)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void a_correction_freezes_it_into_every_format_and_the_feed_or_refuses_in_words(HostileBodies.Body body) {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);
        releases.release(issueId);
        long sectionId = desk.sectionIds(issueId).get(0);

        Throwable refused = catchThrowable(() -> assertFrozen(corrections.publish(issueId, Map.of(sectionId, body.text()),
                "A hostile text, for the test.")));

        assertThat(refused).as("frozen, or refused in words").satisfiesAnyOf(
                thrown -> assertThat(thrown).isNull(),
                thrown -> assertThat(thrown).isInstanceOf(WorkflowException.class).hasMessageMatching("(?s).*\\w.*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void an_imported_back_issue_holding_it_is_frozen_or_refused_in_words(HostileBodies.Body body) {
        byte[] file = ("## " + HEADING + "\n\n" + body.text() + "\n").getBytes(StandardCharsets.UTF_8);
        Desk.signIn("paula", Role.PUBLISHER);

        Throwable refused = catchThrowable(() -> assertFrozen(backIssues.importIssue(90, "A back issue",
                LocalDate.of(2020, 9, 4), file, false)));

        assertThat(refused).as("frozen, or refused in words").satisfiesAnyOf(
                thrown -> assertThat(thrown).isNull(),
                thrown -> assertThat(thrown).isInstanceOf(WorkflowException.class).hasMessageMatching("(?s).*\\w.*"));
    }

    private void assertFrozen(Edition edition) {
        assertThat(Jsoup.parse(edition.getHtml()).select("article.issue section h2").eachText()).contains(HEADING);
        assertThat(edition.getEmailHtml()).contains(HEADING);
        assertThat(edition.getPlainText()).contains(HEADING);
        assertThat(new String(feed.xml(), StandardCharsets.UTF_8)).contains("No. " + edition.getIssueNumber());
    }

    /** The first section of the issue, assigned to wendy, with the body saved as her draft. */
    private long draft(long issueId, String body) {
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.assign(sectionId, "wendy");
        Desk.as("wendy", Desk.roles(Role.WRITER),
                () -> sections.saveBody(sectionId, body, desk.section(sectionId).getVersion()));
        return sectionId;
    }

    private static String textOf(List<WordDiff.Piece> pieces, WordDiff.Kind changed) {
        StringBuilder text = new StringBuilder();
        pieces.stream().filter(p -> p.kind() == WordDiff.Kind.SAME || p.kind() == changed).forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
