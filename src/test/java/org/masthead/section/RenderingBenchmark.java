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

    private MarkdownRenderer markdown;
    private SubmitChecks checks;
    private String section;

    @Setup
    public void setUp() throws IOException {
        markdown = new MarkdownRenderer();
        checks = new SubmitChecks(markdown);
        section = threeThousandWords();
        int words = markdown.render(section).words();
        if (words < 2_900 || words > 3_200) {
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
