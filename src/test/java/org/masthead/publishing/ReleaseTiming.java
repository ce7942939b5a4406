package org.masthead.publishing;

import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.masthead.Application;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.section.RenderingBenchmark;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The release benchmark (bench/release.sh), not a test: the real {@link ReleaseService#release}
 * of a 10-section, about 10,000-word issue (every check, every output: web, email, plain text,
 * feed entry, stored in the edition) on the test profile's in-memory H2 database, the first
 * release of the JVM (cold) and the following ones (warm). Against two references in the same
 * round, interleaved with it: Flexmark's plain render of the same ten bodies, and the bare JDBC
 * insert of the bytes the release stored.
 */
public final class ReleaseTiming {

    private static final int SECTIONS = 10;

    private ReleaseTiming() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0", "--masthead.test.database=release_timing", "--logging.level.root=error");
        ServiceTest.useSecurityOf(app.getBean(SecurityContextHolderStrategy.class));
        Desk desk = app.getBean(Desk.class);
        JdbcTemplate jdbc = desk.jdbc();
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(
                org.springframework.transaction.PlatformTransactionManager.class));
        jdbc.execute("create table if not exists bench_release_bytes (id bigint auto_increment primary key, "
                + "markdown clob, html clob, email_html clob, plain_text clob)");
        List<String> bodies = bodies();
        MarkdownRenderer markdown = new MarkdownRenderer();
        int words = bodies.stream().mapToInt(body -> markdown.render(body).words()).sum();
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        System.out.printf("issue: %d sections, %,d words, %,d characters of Markdown; cores: %d%n", SECTIONS, words,
                bodies.stream().mapToInt(String::length).sum(), Runtime.getRuntime().availableProcessors());

        double[] release = new double[rounds];
        double[] flexmark = new double[rounds];
        double[] insert = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            desk.reset();
            long issueId = readyIssue(app, desk, bodies);
            long start = System.nanoTime();
            as("paula", roles(Role.PUBLISHER), () -> app.getBean(ReleaseService.class).release(issueId));
            release[round] = (System.nanoTime() - start) / 1e6;

            start = System.nanoTime();
            int html = 0;
            for (String body : bodies) {
                html += renderer.render(parser.parse(body)).length();
            }
            flexmark[round] = (System.nanoTime() - start) / 1e6;

            Map<String, Object> stored = jdbc.queryForMap("select markdown, html, email_html, plain_text from editions");
            start = System.nanoTime();
            transaction.executeWithoutResult(status -> jdbc.update(
                    "insert into bench_release_bytes (markdown, html, email_html, plain_text) values (?, ?, ?, ?)",
                    stored.get("markdown"), stored.get("html"), stored.get("email_html"), stored.get("plain_text")));
            insert[round] = (System.nanoTime() - start) / 1e6;
            System.out.printf("round %2d%s: release %7.1f ms | Flexmark plain render of the same bodies %6.1f ms (%,d chars)"
                            + " | bare insert of the stored bytes %5.1f ms (%,d chars)%n", round + 1, round == 0 ? " (cold)" : "       ",
                    release[round], flexmark[round], html, insert[round], stored.values().stream()
                            .mapToInt(value -> value == null ? 0 : value.toString().length()).sum());
        }
        double[] warmRelease = Arrays.copyOfRange(release, 1, rounds);
        double[] warmFlexmark = Arrays.copyOfRange(flexmark, 1, rounds);
        double[] warmInsert = Arrays.copyOfRange(insert, 1, rounds);
        System.out.printf("%n| | cold (round 1) | warm (median of rounds 2-%d) |%n| --- | --- | --- |%n", rounds);
        System.out.printf("| release, all outputs | %.1f ms | %.1f ms |%n", release[0], median(warmRelease));
        System.out.printf("| Flexmark plain render, same bodies | %.1f ms | %.1f ms |%n", flexmark[0], median(warmFlexmark));
        System.out.printf("| bare insert, same bytes | %.1f ms | %.1f ms |%n", insert[0], median(warmInsert));
        double[] ratios = new double[rounds - 1];
        for (int i = 1; i < rounds; i++) {
            ratios[i - 1] = release[i] / flexmark[i];
        }
        System.out.printf("| release x Flexmark plain (median of per-round ratios) | %.1f | %.1f |%n",
                release[0] / flexmark[0], median(ratios));
        app.close();
    }

    /** A new issue of ten sections (the template's three and seven more), each approved with its body. */
    private static long readyIssue(ConfigurableApplicationContext app, Desk desk, List<String> bodies) {
        long issueId = desk.newIssue();
        SectionPlanning planning = app.getBean(SectionPlanning.class);
        SectionWorkflow workflow = app.getBean(SectionWorkflow.class);
        for (int i = desk.sectionIds(issueId).size(); i < SECTIONS; i++) {
            String heading = "Further news " + (i + 1);
            as("erin", roles(Role.EDITOR), () -> planning.add(issueId, heading));
        }
        List<Long> ids = desk.sectionIds(issueId);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            desk.draft(id, "wendy", bodies.get(i));
            as("wendy", roles(Role.WRITER), () -> workflow.submit(id));
            as("erin", roles(Role.EDITOR), () -> workflow.approve(id));
        }
        return issueId;
    }

    /**
     * Ten bodies of about 1,000 words: prose with links (eleven paragraphs of the preview
     * benchmark's prose) and, every other section, the golden briefing section eight times
     * (headings, lists, quotes, a table, footnotes, links on every line).
     */
    static List<String> bodies() throws IOException {
        String[] paragraphs = RenderingBenchmark.prose().split("\n\n");
        String briefing;
        try (InputStream in = ReleaseTiming.class.getResourceAsStream("/golden/briefing.md")) {
            briefing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> bodies = new ArrayList<>();
        for (int section = 0; section < SECTIONS; section++) {
            StringBuilder body = new StringBuilder();
            if (section % 2 == 0) {
                for (int p = 0; p < 11; p++) {
                    body.append(paragraphs[(section + p) % paragraphs.length].strip()).append("\n\n");
                }
            } else {
                for (int part = 0; part < 8; part++) {
                    body.append(briefing.replace("[^polls]", "[^polls" + part + "]")).append("\n\n");
                }
            }
            bodies.add(body.toString().strip() + "\n");
        }
        return bodies;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
