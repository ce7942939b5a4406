package org.masthead.section;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.Rendering;
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
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Rendering a 3,000-word section: what the live preview costs the server per change, and the
 * other outputs, beside two references on the same text in the same run: Flexmark's own plain
 * render (no extensions, no cleaning, no checks) and commonmark-java's, so that the overhead
 * reads as a ratio whatever the machine's load. Not a test (surefire never runs it); run it with
 * {@code bash bench/preview.sh} (or {@code mvn -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.args="-wi 3 -i 5"}) and record the result in BENCHMARKS.md.
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
    private com.vladsch.flexmark.parser.Parser flexmarkParser;
    private com.vladsch.flexmark.html.HtmlRenderer flexmarkRenderer;
    private org.commonmark.parser.Parser commonmarkParser;
    private org.commonmark.renderer.html.HtmlRenderer commonmarkRenderer;

    @Setup
    public void setUp() throws IOException {
        markdown = new MarkdownRenderer();
        checks = new SubmitChecks(markdown);
        section = kind.equals("dense") ? threeThousandWords() : prose();
        flexmarkParser = com.vladsch.flexmark.parser.Parser.builder().build();
        flexmarkRenderer = com.vladsch.flexmark.html.HtmlRenderer.builder().build();
        commonmarkParser = org.commonmark.parser.Parser.builder().build();
        commonmarkRenderer = org.commonmark.renderer.html.HtmlRenderer.builder().build();
        int words = markdown.render(section).words();
        if (words < 2_800 || words > 3_200) {
            throw new IllegalStateException("The benchmark section has " + words + " words, not about 3,000");
        }
    }

    /** The golden briefing section (headings, lists, quotes, links, a table, a footnote), 23 times over. */
    public static String threeThousandWords() throws IOException {
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
    public static String prose() {
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

    /** Reference: Flexmark (the app's version) with no extension and no option, parse and HTML. */
    @Benchmark
    public String flexmarkPlain() {
        return flexmarkRenderer.render(flexmarkParser.parse(section));
    }

    /** Reference: commonmark-java's plain render of the same text (a test-scoped dependency, never in the app). */
    @Benchmark
    public String commonmarkPlain() {
        return commonmarkRenderer.render(commonmarkParser.parse(section));
    }

    /**
     * JMH's command line (-wi, -i, -f, -p, -prof, -rf, -rff, a benchmark regex, ...) over the
     * defaults above: what is not given keeps the annotations' values, and without a regex every
     * benchmark of this class runs.
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions given = new CommandLineOptions(args);
        if (given.shouldHelp()) {
            given.showHelp();
            return;
        }
        if (given.shouldListProfilers()) {
            given.listProfilers();
            return;
        }
        OptionsBuilder options = new OptionsBuilder();
        if (given.getIncludes().isEmpty()) {
            options.include(RenderingBenchmark.class.getName());
        }
        new Runner(options.parent(given).build()).run();
    }
}
