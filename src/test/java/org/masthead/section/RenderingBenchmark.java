package org.masthead.section;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.masthead.base.MarkdownRenderer;
import org.masthead.base.Rendering;
import org.masthead.issue.WordRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Rendering a 3,000-word section: what the live preview costs the server per change, and the
 * other outputs. Not a test (surefire never runs it); run it with
 * {@code mvn -B -Pbenchmark test-compile exec:exec} and record the result in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class RenderingBenchmark {

    /**
     * "prose": paragraphs of about 100 words with a link or emphasis here and there, as most
     * sections are; "dense": the golden briefing section 23 times, formatting on every line.
     */
    @Param({"prose", "dense"})
    public String kind;

    private MarkdownRenderer markdown;
    private SubmitChecks checks;
    private String section;

    @Setup
    public void setUp() throws IOException {
        markdown = new MarkdownRenderer();
        checks = new SubmitChecks(markdown);
        section = kind.equals("dense") ? threeThousandWords() : prose();
        int words = markdown.render(section).words();
        if (words < 2_800 || words > 3_200) {
            throw new IllegalStateException("The benchmark section has " + words + " words, not about 3,000");
        }
    }

    /** The golden briefing section (headings, lists, quotes, links, a table, a footnote), 23 times over. */
    static String threeThousandWords() throws IOException {
        String briefing;
        try (InputStream in = RenderingBenchmark.class.getResourceAsStream("/golden/briefing.md")) {
            briefing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        for (int part = 0; part < 23; part++) {
            text.append(briefing.replace("[^polls]", "[^polls" + part + "]")).append("\n\n");
        }
        return text.toString();
    }

    /** Thirty-two paragraphs of invented briefing prose, about 100 words each. */
    static String prose() {
        String[] sentences = {
            "The regulator published its first assessment of the platforms' transparency reports this week.",
            "Two of the reports counted removed accounts, one counted reviewed posts, and none can be compared.",
            "Analysts asked for a shared template so that the next round can be read side by side.",
            "State outlets quoted selectively from polls and gave prominence to a handful of small protests.",
            "The narrative is not new, but its timing is: it arrived days before a round of budget votes.",
            "Researchers found that fact-checks travel further when they quote the original claim sparingly.",
            "A network of forty websites posing as local newspapers was taken down after a joint investigation."};
        StringBuilder text = new StringBuilder();
        for (int paragraph = 0; paragraph < 32; paragraph++) {
            for (int s = 0; s < 6; s++) {
                String sentence = sentences[(paragraph + s) % sentences.length];
                if (s == 2 && paragraph % 2 == 0) {
                    sentence = sentence.replace("reports", "[reports](https://example.org/reports/" + paragraph + ")");
                }
                if (s == 4 && paragraph % 3 == 0) {
                    sentence = sentence.replace("narrative", "**narrative**");
                }
                text.append(sentence).append(' ');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    /** Sanitised HTML, as the web edition and the review screen use it. */
    @Benchmark
    public String safeHtml() {
        return markdown.toSafeHtml(section);
    }

    /** What the editor does after each (debounced) change: one render for preview and counts, then the checks. */
    @Benchmark
    public List<SubmitChecks.Problem> livePreview() {
        Rendering rendering = markdown.render(section);
        rendering.html();
        rendering.words();
        return checks.of(rendering, WordRange.between(150, 900));
    }

    @Benchmark
    public String emailHtml() {
        return markdown.toEmailHtml(section);
    }

    @Benchmark
    public String plainText() {
        return markdown.toPlainText(section);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RenderingBenchmark.class.getName()).build()).run();
    }
}
