package org.masthead.publishing;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * This node's full-text index of the archive: one document per released issue, its newest edition
 * (title and plain text, as the public side shows them). It is a cache of the database, never
 * shared: each node builds its own at start and keeps it in step with {@link ArchiveVersion}, so
 * PostgreSQL stays the only shared state and an edition released or corrected on another node is
 * found here as soon as this node's public side sees it.
 *
 * <p>The index lives in a temporary folder (memory-mapped), not on the heap: it grows with the
 * archive (tens of MB at 10,000 issues) and the operating system's page cache keeps it as fast.
 */
@Component
class ArchiveIndex {

    static final String ISSUE = "issue";
    static final String NUMBER = "number";
    static final String EDITION_NO = "editionNo";
    static final String FIRST_RELEASED = "firstReleased";
    static final String RELEASED = "released";
    private static final Logger log = LoggerFactory.getLogger(ArchiveIndex.class);
    /** Editions read from the database at a time: their texts, not their number, fill the memory. */
    private static final int BATCH = 100;
    /** The text with its offsets, so snippets are cut without analysing the text again. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** A line of three or more of = - * _ and nothing else (spaces aside), with its line break. */
    private static final Pattern RULE_LINE = Pattern.compile("(?m)^[ \\t]*(?:[=\\-*_][ \\t]*){3,}$\\R?");

    private final EditionRepository editions;
    private final ArchiveVersion version;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Which edition (id) of each issue is indexed; guarded by this. */
    private final Map<Integer, Long> indexed = new HashMap<>();
    private final CountDownLatch firstBuild = new CountDownLatch(1);
    /** The archive's version the index was last brought to; null before the first build. */
    private volatile Long indexedVersion;

    ArchiveIndex(EditionRepository editions, ArchiveVersion version) throws IOException {
        this.editions = editions;
        this.version = version;
        this.folder = Files.createTempDirectory("masthead-search-");
        this.directory = FSDirectory.open(folder);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        this.searchers = new SearcherManager(writer, null);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * Builds the index once the application is ready, on a thread of its own: reading every edition
     * takes seconds on a large archive, and the desk and the archive's pages need none of it to
     * start. A search in the meantime waits for it a little ({@link #awaitFirstBuild}).
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildInBackground() {
        Thread builder = new Thread(() -> {
            long start = System.nanoTime();
            try {
                catchUp();
                log.info("Archive search index built: {} issues in {} ms", indexedIssues(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            } catch (RuntimeException e) {
                // The next search tries again, on its own thread.
                log.warn("Could not build the archive search index at start", e);
            } finally {
                firstBuild.countDown();
            }
        }, "archive-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** Whether the first build is done (or has given up), waiting for it at most {@code wait}. */
    boolean awaitFirstBuild(Duration wait) {
        try {
            return firstBuild.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Brings the index to what the database holds now, when the archive's version has moved (a
     * release, a correction or an import, here or on another node; a quick check otherwise).
     *
     * <p>It compares which edition of each issue is newest with what is indexed, instead of only
     * indexing the ids above the newest indexed one: two nodes releasing at once can commit their
     * editions out of id order, and a database restored from a backup (or emptied by a test) has
     * fewer editions, not more. That list is small (two numbers per issue) and read only when
     * something changed; only the editions that differ are read in full.
     */
    void catchUp() {
        Long done = indexedVersion;
        if (done != null && done == version.current()) {
            return;
        }
        synchronized (this) {
            long now = version.current();
            if (indexedVersion != null && indexedVersion == now) {
                return;
            }
            try {
                bringUpToDate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            indexedVersion = now;
        }
    }

    private void bringUpToDate() throws IOException {
        Map<Integer, Long> newest = new HashMap<>();
        for (Object[] row : editions.newestEditionOfEachIssue()) {
            newest.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        boolean changed = false;
        for (Integer gone : List.copyOf(indexed.keySet())) {
            if (!newest.containsKey(gone)) {
                writer.deleteDocuments(new Term(ISSUE, gone.toString()));
                indexed.remove(gone);
                changed = true;
            }
        }
        List<Long> toRead = new ArrayList<>();
        newest.forEach((issue, id) -> {
            if (!id.equals(indexed.get(issue))) {
                toRead.add(id);
            }
        });
        toRead.sort(null);
        for (int from = 0; from < toRead.size(); from += BATCH) {
            for (SearchableEdition edition : editions.searchable(toRead.subList(from, Math.min(from + BATCH, toRead.size())))) {
                writer.updateDocument(new Term(ISSUE, Integer.toString(edition.issueNumber())), document(edition));
                indexed.put(edition.issueNumber(), edition.id());
            }
            changed = true;
        }
        if (changed) {
            searchers.maybeRefreshBlocking();
        }
    }

    private synchronized int indexedIssues() {
        return indexed.size();
    }

    /** Runs the search on the newest view of the index. */
    <T> T search(IndexSearch<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A search on one view of the index. */
    interface IndexSearch<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /**
     * The text edition without the lines that only draw (headings' underlines, the rule before the
     * footer): they hold no word to find, and a snippet showed them as "======== Topics of the Week ------".
     */
    private static String withoutRules(String plainText) {
        return RULE_LINE.matcher(plainText).replaceAll("");
    }

    private static Document document(SearchableEdition edition) {
        Document document = new Document();
        document.add(new StringField(ISSUE, Integer.toString(edition.issueNumber()), Field.Store.NO));
        document.add(new StoredField(NUMBER, edition.issueNumber()));
        document.add(new NumericDocValuesField(NUMBER, edition.issueNumber()));
        document.add(new StoredField(EDITION_NO, edition.editionNo()));
        document.add(new StoredField(FIRST_RELEASED, edition.firstReleasedAt().toString()));
        document.add(new NumericDocValuesField(FIRST_RELEASED, edition.firstReleasedAt().toEpochMilli()));
        document.add(new StoredField(RELEASED, edition.releasedAt().toString()));
        document.add(new TextField(ArchiveQuery.TITLE, edition.title(), Field.Store.YES));
        document.add(new Field(ArchiveQuery.TEXT, withoutRules(edition.plainText()), TEXT_WITH_OFFSETS));
        return document;
    }

    /** The entry a hit shows, from what the index stored. */
    static ArchiveEntry entry(Document stored) {
        return new ArchiveEntry(stored.getField(NUMBER).numericValue().intValue(), stored.get(ArchiveQuery.TITLE),
                Instant.parse(stored.get(FIRST_RELEASED)), stored.getField(EDITION_NO).numericValue().intValue(),
                Instant.parse(stored.get(RELEASED)));
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The index is this node's own: it goes with the node. */
    @PreDestroy
    void close() throws IOException {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }
}
