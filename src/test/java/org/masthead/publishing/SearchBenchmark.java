package org.masthead.publishing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.masthead.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archive search benchmark (bench/search.sh), not a test: {@code mvn verify} never runs it.
 *
 * <p>Starts the whole application on an H2 file database, writes 1,000 synthetic editions straight
 * into it (SQL batches, briefing-like text with a varied vocabulary), then times 20 words and 5
 * phrases, 10 times each, through the real search path ({@link Archive#indexPage}: the index, the
 * snippets and the rendered page), each one right after the reference on the same database: the old
 * LIKE query of EditionRepository.search (its count and its first page, as Hibernate sent them).
 * Then the same at 10,000 editions. Prints p50 and p95 per size.
 */
public final class SearchBenchmark {

    private static final int REPETITIONS = 10;
    private static final int WARM_UP_ROUNDS = 3;
    private static final String LATEST = "e.edition_no = (select max(f.edition_no) from editions f where f.issue_number = e.issue_number)";
    /** The reference: the LIKE search this benchmark replaced, count and page, exactly as it ran before. */
    private static final String LIKE_PAGE = "select e.issue_number, e.title, e.first_released_at, e.edition_no, e.released_at "
            + "from editions e where " + LATEST + " and lower(e.plain_text) like ? escape '\\' "
            + "order by e.first_released_at desc, e.issue_number desc offset 0 rows fetch first 20 rows only";
    private static final String LIKE_COUNT = "select count(e.id) from editions e where " + LATEST
            + " and lower(e.plain_text) like ? escape '\\'";

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String folder = args.length > 0 ? args[0] : "target/bench-search";
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        ConfigurableApplicationContext context = app.run(
                "--spring.datasource.url=jdbc:h2:file:./" + folder + "/masthead",
                "--server.port=0",
                "--masthead.demo.enabled=false",
                // As in production: the archive looks at the database at most once a second.
                "--masthead.archive.recheck-after=1s",
                "--logging.level.root=warn");
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Archive archive = context.getBean(Archive.class);
            Synthetic text = new Synthetic(new Random(14));
            long issueId = benchIssue(jdbc);
            List<String> words = text.queryWords();
            List<String> phrases = text.queryPhrases();
            System.out.println("words: " + words);
            System.out.println("phrases: " + phrases);
            List<String> rows = new ArrayList<>();
            int have = 0;
            for (int size : new int[] {1_000, 10_000}) {
                long start = System.nanoTime();
                insert(jdbc, text, issueId, have, size);
                have = size;
                long inserted = System.nanoTime();
                // Written behind the app's back, as by another node: seen within the recheck interval.
                Thread.sleep(1100);
                inserted += 1_100_000_000L;
                archive.indexPage(words.get(0), 1); // brings this node's index up to date
                long indexed = System.nanoTime();
                System.out.printf(Locale.ROOT, "%,d editions: inserted in %d ms, index caught up in %d ms%n", size,
                        millis(inserted - start), millis(indexed - inserted));
                rows.addAll(measure(jdbc, archive, size, words, phrases));
            }
            ArchiveIndex fresh = new ArchiveIndex(context.getBean(EditionRepository.class), context.getBean(ArchiveVersion.class));
            long start = System.nanoTime();
            fresh.catchUp();
            long built = System.nanoTime() - start;
            fresh.close();
            System.out.println();
            System.out.println("| editions | queries | LIKE count + page (reference) p50 / p95 | Lucene search page p50 / p95 |");
            System.out.println("| --- | --- | --- | --- |");
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "%nA node's index built from scratch at %,d editions (what the start does, on its own thread): %d ms%n",
                    have, millis(built));
        } finally {
            context.close();
        }
    }

    private static List<String> measure(JdbcTemplate jdbc, Archive archive, int size, List<String> words, List<String> phrases) {
        List<String> queries = new ArrayList<>(words);
        queries.addAll(phrases);
        // Warm-up: every query three times on each side (JIT, the database's and the index's caches);
        // the first size also warms the code the second uses.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String q : queries) {
                like(jdbc, q);
                archive.indexPage(q, 1).orElseThrow();
            }
        }
        List<Long> likeWords = new ArrayList<>();
        List<Long> luceneWords = new ArrayList<>();
        List<Long> likePhrases = new ArrayList<>();
        List<Long> lucenePhrases = new ArrayList<>();
        for (int r = 0; r < REPETITIONS; r++) {
            for (String q : queries) {
                boolean phrase = q.startsWith("\"");
                long a = System.nanoTime();
                like(jdbc, q);
                long b = System.nanoTime();
                archive.indexPage(q, 1).orElseThrow();
                long c = System.nanoTime();
                (phrase ? likePhrases : likeWords).add(b - a);
                (phrase ? lucenePhrases : luceneWords).add(c - b);
            }
        }
        return List.of(
                String.format(Locale.ROOT, "| %,d | %d words × %d | %s | %s |", size, words.size(), REPETITIONS, p50p95(likeWords), p50p95(luceneWords)),
                String.format(Locale.ROOT, "| %,d | %d phrases × %d | %s | %s |", size, phrases.size(), REPETITIONS, p50p95(likePhrases),
                        p50p95(lucenePhrases)));
    }

    /** The old search for the words as typed (a phrase without its quotes): its count, then its first page. */
    private static void like(JdbcTemplate jdbc, String query) {
        String typed = query.replace("\"", "");
        String pattern = "%" + typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        jdbc.queryForObject(LIKE_COUNT, Long.class, pattern);
        jdbc.queryForList(LIKE_PAGE, pattern);
    }

    private static long benchIssue(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into issues (publication_id, number, title, planned_release, released_at) "
                + "select min(id), 999999, 'Benchmark', ?, ? from publications", now, now);
        return jdbc.queryForObject("select id from issues where number = 999999", Long.class);
    }

    /** Editions from+1 .. to, one issue each, written in batches as another node's release would leave them. */
    private static void insert(JdbcTemplate jdbc, Synthetic text, long issueId, int from, int to) {
        Instant first = Instant.parse("1990-01-05T08:00:00Z");
        List<Object[]> batch = new ArrayList<>();
        for (int n = from + 1; n <= to; n++) {
            Timestamp released = Timestamp.from(first.plus(Duration.ofDays(7L * n)));
            String title = text.title();
            String plain = text.edition("The Benchmark Watch", n, title);
            batch.add(new Object[] {issueId, n, title, released, "# " + title, "<p>" + title + "</p>", "h" + n, "<p>" + title + "</p>",
                    plain, "e" + n, "t" + n, "m" + n, released, released});
            if (batch.size() == 500 || n == to) {
                jdbc.batchUpdate("insert into editions (version, issue_id, issue_number, edition_no, title, released_at, markdown, html, "
                        + "content_hash, email_html, plain_text, email_hash, text_hash, markdown_hash, first_released_at, stored_at) "
                        + "values (0, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
                batch.clear();
            }
        }
    }

    private static String p50p95(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "%.1f / %.1f ms", percentile(sorted, 50), percentile(sorted, 95));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * Briefing-like text: a vocabulary of common English and news words plus a long tail of rarer
     * made-up ones, drawn with a Zipf-like skew (a few words everywhere, most words in few issues),
     * in sentences of 8-24 words, paragraphs of 2-5 sentences, the weekly briefing's sections.
     */
    static final class Synthetic {

        private static final String[] COMMON = ("the of and to in a is that for on was with as by at it from be this are "
                + "an has have had were which not but its their more after will over about also than they who been said").split(" ");
        private static final String[] NEWS = ("government minister ministry parliament election vote voters campaign party coalition "
                + "opposition president prime budget tax taxes inflation prices economy growth recession bank central interest rates "
                + "market markets shares investors trade tariffs exports imports sanctions oil gas energy pipeline climate emissions "
                + "carbon drought flood floods storm weather harvest farmers wheat grain shortage strike union workers wages pension "
                + "reform health hospital doctors nurses vaccine virus outbreak schools teachers students university research study "
                + "report survey poll court judge ruling law bill amendment constitution police protest protesters arrest prison "
                + "border migrants refugees asylum army troops war ceasefire talks treaty alliance summit diplomat embassy envoy "
                + "security intelligence cyber attack hackers data privacy technology internet platform social media censorship "
                + "press journalists newspaper broadcaster television radio propaganda disinformation church religion bishop festival "
                + "football match season league cup olympic athletes stadium museum exhibition opera theatre film director novel "
                + "author poet history anniversary memorial monument city capital region province village mayor council governor "
                + "housing rent mortgage construction bridge railway airport port shipping freight transport road traffic accident "
                + "investigation corruption scandal resignation appointment cabinet reshuffle spokesman statement interview speech "
                + "decree regulation subsidy loan debt deficit currency rouble dollar euro reserves gold bonds auction privatisation "
                + "company companies corporation merger acquisition profit losses factory plant steel coal nuclear reactor uranium "
                + "satellite space rocket launch scientists discovery archaeologists excavation glacier forest wildlife river lake sea")
                .split(" ");
        private static final String[] STEMS = ("released releases releasing announced announcing announces declined declining "
                + "increased increasing rising rose fell falling negotiated negotiations negotiating approved approving rejected "
                + "rejecting reported reporting warned warning expected expecting").split(" ");
        private static final List<String> HEADINGS = List.of("Topics of the Week", "Good Old Soviet Joke", "Policy & Research News",
                "US Developments", "Culture", "Numbers");

        private final Random random;
        private final String[] vocabulary;

        Synthetic(Random random) {
            this.random = random;
            List<String> words = new ArrayList<>(Arrays.asList(NEWS));
            words.addAll(Arrays.asList(STEMS));
            // A long tail: 6,000 made-up words of 2-4 syllables, as names and rare terms are in a real archive.
            String[] syllables = "ka lo mi ner tov sha vin dru pel gor is an et ul bra kov zin mar tel os ri ven".split(" ");
            for (int i = 0; i < 6000; i++) {
                StringBuilder w = new StringBuilder();
                int n = 2 + random.nextInt(3);
                for (int s = 0; s < n; s++) {
                    w.append(syllables[random.nextInt(syllables.length)]);
                }
                words.add(w.toString());
            }
            this.vocabulary = words.toArray(String[]::new);
        }

        /** A word: a common one a third of the time, otherwise by rank with a Zipf-like skew. */
        private String word() {
            if (random.nextInt(3) == 0) {
                return COMMON[random.nextInt(COMMON.length)];
            }
            double u = random.nextDouble();
            int rank = (int) Math.floor(Math.pow(vocabulary.length, u)) - 1;
            return vocabulary[Math.min(rank, vocabulary.length - 1)];
        }

        private String sentence() {
            int n = 8 + random.nextInt(17);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String w = word();
                s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                s.append(i == n - 1 ? "." : random.nextInt(12) == 0 ? ", " : " ");
            }
            return s.toString();
        }

        String title() {
            String a = NEWS[random.nextInt(NEWS.length)];
            String b = NEWS[random.nextInt(NEWS.length)];
            return Character.toUpperCase(a.charAt(0)) + a.substring(1) + " and " + b;
        }

        /** An edition's plain text as the release writes it: about 1,000 words in six sections. */
        String edition(String publication, int number, String title) {
            StringBuilder text = new StringBuilder(publication).append("\nIssue ").append(number).append("\n\n")
                    .append(title).append("\n\n");
            for (String heading : HEADINGS) {
                text.append(heading).append("\n\n");
                int paragraphs = 1 + random.nextInt(3);
                for (int p = 0; p < paragraphs; p++) {
                    int sentences = 2 + random.nextInt(4);
                    for (int s = 0; s < sentences; s++) {
                        text.append(sentence()).append(' ');
                    }
                    text.append("\n\n");
                }
            }
            return text.append("Standing footer of the benchmark watch.\n\nRead it on the web: https://example.org/archive/")
                    .append(number).append('\n').toString();
        }

        /** 20 words from frequent to rare: what readers look for. */
        List<String> queryWords() {
            return List.of("government", "inflation", "election", "released", "announcing", "sanctions", "pipeline", "vaccine",
                    "strike", "corruption", "glacier", "satellite", "opera", "uranium", "privatisation", "negotiations",
                    vocabulary[400], vocabulary[1500], vocabulary[3000], vocabulary[5000]);
        }

        /** Five phrases: two words that often stand together, and some that rarely do. */
        List<String> queryPhrases() {
            return List.of("\"prime minister\"", "\"central bank\"", "\"interest rates\"", "\"oil and gas\"", "\"football match\"");
        }
    }
}
