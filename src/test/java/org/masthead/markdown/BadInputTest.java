package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.markdown.MarkdownFinding.Kind;

/**
 * Texts built to hurt a renderer: each renders in bounded depth and size, and says what it
 * did. The renderer here has a budget far above its 3 seconds in the app: what these tests prove
 * is the input limits, so a busy machine must not turn a depth cut into the plain fallback
 * (seen: 3.26 s on a loaded machine). The timeouts are a safety net so a regression fails
 * instead of hanging the build; they are no benchmark (see BENCHMARKS.md).
 */
class BadInputTest {

    private static final Duration SAFETY_NET = Duration.ofMinutes(3);
    private final MarkdownRenderer markdown = new MarkdownRenderer(Duration.ofMinutes(2));

    private Rendering render(String text) {
        Rendering rendering = assertTimeoutPreemptively(SAFETY_NET, () -> markdown.render(text));
        assertThat(rendering.isPlainFallback()).as("rendered within the limits, not given up as plain text").isFalse();
        return rendering;
    }

    /** How many elements of this tag are nested inside each other at the deepest point. */
    private static int deepest(Rendering rendering, String tag) {
        return Jsoup.parseBodyFragment(rendering.html()).select(tag).stream()
                .mapToInt(e -> (int) e.parents().stream().filter(p -> p.normalName().equals(tag)).count() + 1)
                .max().orElse(0);
    }

    private static boolean has(Rendering rendering, Kind kind) {
        return rendering.findings().stream().anyMatch(f -> f.kind() == kind);
    }

    @Test
    void control_characters_are_dropped_and_reported_with_their_line() {
        Rendering rendering = render("First line\nSecond\u0000 line\u0007 \u009B\n");

        assertThat(rendering.plainText()).isEqualTo("First line Second line\n");
        assertThat(rendering.findings()).contains(MarkdownFinding.of(2, Kind.CONTROL_CHARACTERS, "3"));
    }

    @Test
    void a_lone_surrogate_becomes_the_replacement_character() {
        Rendering rendering = render("Broken \uD800 here, whole \uD83D\uDE00 there");

        assertThat(rendering.plainText()).isEqualTo("Broken \uFFFD here, whole \uD83D\uDE00 there\n");
        assertThat(rendering.findings()).contains(MarkdownFinding.of(1, Kind.BROKEN_CHARACTERS, "1"));
        assertThat(TextHygiene.clean("a\uDC00b\r\nc\rd")).isEqualTo("a\uFFFDb\nc\nd");
    }

    @Test
    void a_text_over_the_input_limit_is_cut_and_says_so() {
        Rendering rendering = render("word ".repeat(MarkdownRenderer.INPUT_MAX / 5 + 1000));

        assertThat(rendering.sourceLength()).isGreaterThan(MarkdownRenderer.INPUT_MAX);
        assertThat(has(rendering, Kind.INPUT_TRUNCATED)).isTrue();
        assertThat(rendering.words()).isLessThanOrEqualTo(MarkdownRenderer.INPUT_MAX / 5);
    }

    @Test
    void a_hundred_thousand_nested_quotes_render_ten_deep_without_overflowing_the_stack() {
        Rendering rendering = render(">".repeat(100_000) + " deep");

        assertThat(deepest(rendering, "blockquote")).isEqualTo(MarkdownInput.MAX_NESTING);
        assertThat(has(rendering, Kind.NESTING_CUT)).isTrue();
        assertThat(rendering.plainText()).contains("deep");
    }

    @Test
    void nested_list_markers_on_one_line_stop_at_the_limit() {
        Rendering rendering = render("- ".repeat(50_000) + "item");

        assertThat(deepest(rendering, "ul")).isEqualTo(MarkdownInput.MAX_NESTING);
        assertThat(rendering.findings()).contains(MarkdownFinding.of(1, Kind.NESTING_CUT, "10"));
    }

    @Test
    void lists_nested_by_indentation_are_cut_at_the_tree_depth_limit() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; text.length() < 90_000; depth++) {
            text.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        Rendering rendering = render(text.toString());

        assertThat(deepest(rendering, "ul")).isLessThanOrEqualTo(MarkdownInspector.MAX_DEPTH / 2);
        assertThat(has(rendering, Kind.NESTING_CUT)).isTrue();
        assertThat(rendering.plainText()).contains("level 200");
    }

    @Test
    void thousands_of_links_all_render() {
        Rendering rendering = render("[source](https://example.org/s) ".repeat(3_000));

        assertThat(Jsoup.parseBodyFragment(rendering.html()).select("a[href]")).hasSize(3_000);
        assertThat(rendering.plainText()).endsWith("[1] https://example.org/s\n");
    }

    @Test
    void an_endless_paragraph_is_rendered_in_parts_and_says_so() {
        Rendering rendering = render("[a](".repeat(25_000));

        assertThat(rendering.findings()).contains(MarkdownFinding.of(1, Kind.BLOCK_SPLIT, "5000"));
        assertThat(rendering.plainText()).startsWith("[a]([a](");
    }

    @Test
    void a_long_table_is_split_into_tables_that_repeat_the_header() {
        StringBuilder table = new StringBuilder("| Country | Votes |\n|---|---:|\n");
        for (int row = 0; row < 600; row++) {
            table.append("| Country ").append(row).append(" | ").append(row).append(" |\n");
        }
        Rendering rendering = render(table.toString());

        Document page = Jsoup.parseBodyFragment(rendering.html());
        assertThat(page.select("table").size()).isGreaterThan(1);
        assertThat(page.select("tbody tr")).hasSize(600);
        assertThat(page.select("th").eachText()).containsOnly("Country", "Votes");
    }

    @Test
    void very_long_rules_and_delimiter_runs_render_quickly() {
        assertThat(render("-- ".repeat(33_000)).html()).isEqualToIgnoringWhitespace("<hr>");
        assertThat(render("*".repeat(50_000) + "a" + "*".repeat(50_000)).plainText()).contains("a");
        assertThat(render("[a](<" + "(".repeat(50_000)).plainText()).startsWith("[a](<(");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.masthead.markdown.HostileBodies#all")
    void every_hostile_body_renders_within_the_nesting_limit_without_giving_up(HostileBodies.Body body) {
        Rendering rendering = render(body.text());

        assertThat(deepest(rendering, "blockquote")).isLessThanOrEqualTo(MarkdownInput.MAX_NESTING);
        assertThat(deepest(rendering, "ul")).isLessThanOrEqualTo(MarkdownInspector.MAX_DEPTH / 2);
        assertThat(rendering.sourceLength()).isEqualTo(body.text().length());
    }

    @Test
    void ten_thousand_quote_markers_render_ten_deep_and_say_so() {
        Rendering rendering = render(">".repeat(10_000));

        assertThat(deepest(rendering, "blockquote")).isEqualTo(MarkdownInput.MAX_NESTING);
        assertThat(rendering.findings()).contains(MarkdownFinding.of(1, Kind.NESTING_CUT, "10"));
    }

    @Test
    void thirty_three_thousand_empty_links_are_rendered_in_parts_and_say_so() {
        Rendering rendering = render("[](".repeat(33_000));

        assertThat(rendering.findings()).contains(MarkdownFinding.of(1, Kind.BLOCK_SPLIT, "5000"));
    }

    @Test
    void a_zero_budget_gives_up_at_once_without_starting_the_work() {
        assertThat(RenderBudget.run(() -> "too late", Duration.ZERO)).isEmpty();
        assertThat(new MarkdownRenderer(Duration.ofMinutes(1), Duration.ZERO).renderForEdition("**a**", "md-").isPlainFallback()).isTrue();
    }

    @Test
    void work_past_its_budget_is_abandoned_and_the_caller_goes_on() {
        Optional<String> result = assertTimeoutPreemptively(SAFETY_NET, () -> RenderBudget.run(() -> {
            Thread.sleep(10_000);
            return "too late";
        }, Duration.ofMillis(200)));

        assertThat(result).isEmpty();
    }

    @Test
    void a_stack_overflow_inside_the_render_becomes_an_empty_result_not_a_crash() {
        assertThat(RenderBudget.run(BadInputTest::recurse, Duration.ofSeconds(10))).isEmpty();
    }

    private static String recurse() {
        return recurse() + "x";
    }

    @Test
    void the_plain_fallback_shows_the_text_escaped_in_paragraphs() {
        Rendering rendering = Rendering.plain(MarkdownInput.prepare("<script>x</script> **a**\nline two\n\nnext"), "md-");

        assertThat(rendering.html()).isEqualTo("<p>&lt;script&gt;x&lt;/script&gt; **a**<br>line two</p><p>next</p>");
        assertThat(rendering.isPlainFallback()).isTrue();
    }
}
