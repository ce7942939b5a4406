package org.masthead.publishing;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.stereotype.Component;

/**
 * The archive's search: the issues whose newest edition has every word and phrase of the query,
 * most relevant first (BM25; equally relevant issues newest first, as in the archive), one page
 * at a time, each with a snippet of its text, and how many issues match in all.
 */
@Component
class ArchiveSearch {

    /** Most relevant first; among equals, the issue that went out last first. */
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(ArchiveIndex.FIRST_RELEASED, SortField.Type.LONG, true),
            new SortField(ArchiveIndex.NUMBER, SortField.Type.LONG, true));
    private static final Set<String> SHOWN = Set.of(ArchiveIndex.NUMBER, ArchiveQuery.TITLE, ArchiveIndex.EDITION_NO,
            ArchiveIndex.FIRST_RELEASED, ArchiveIndex.RELEASED);
    /** Passages per snippet, and about how long each is. */
    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH = 160;
    /** Count every hit exactly: the page says how many issues match. */
    private static final int COUNT_ALL = Integer.MAX_VALUE;

    private final ArchiveIndex index;
    private final Duration startWait;

    /**
     * {@code startWait}: how long a search asked for while the index is still being built at start
     * waits for it. Long enough for a small archive's build, short enough that a reader is told
     * "the search is starting" rather than kept looking at a blank page.
     */
    ArchiveSearch(ArchiveIndex index, ArchiveSettings settings) {
        this.index = index;
        this.startWait = settings.searchStartWait();
    }

    /** One page of hits (pages count from 1, each {@link Archive#PAGE_SIZE} long). */
    Found find(String typed, int page) {
        if (!index.awaitFirstBuild(startWait)) {
            return Found.NOT_READY;
        }
        index.catchUp();
        Optional<Query> query = ArchiveQuery.parse(typed).toLucene(index.analyzer());
        if (query.isEmpty()) {
            return new Found(List.of(), 0, true);
        }
        return index.search(searcher -> page(searcher, query.get(), page));
    }

    private Found page(IndexSearcher searcher, Query query, int page) throws IOException {
        long offset = (long) (page - 1) * Archive.PAGE_SIZE;
        // No more places than there are issues: a page far past the last asks for no more memory than page 1.
        int places = (int) Math.max(1, Math.min(offset + Archive.PAGE_SIZE, searcher.getIndexReader().maxDoc()));
        TopDocs top = searcher.search(query, new TopFieldCollectorManager(RELEVANCE, places, COUNT_ALL));
        long total = top.totalHits.value;
        if (offset >= top.scoreDocs.length) {
            return new Found(List.of(), total, true);
        }
        ScoreDoc[] shown = Arrays.copyOfRange(top.scoreDocs, (int) offset, top.scoreDocs.length);
        String[] snippets = highlighter(searcher).highlight(ArchiveQuery.TEXT, query, new TopDocs(top.totalHits, shown), PASSAGES);
        List<Hit> hits = new ArrayList<>(shown.length);
        for (int i = 0; i < shown.length; i++) {
            hits.add(new Hit(ArchiveIndex.entry(searcher.storedFields().document(shown[i].doc, SHOWN)), snippets[i]));
        }
        return new Found(hits, total, true);
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return new UnifiedHighlighter.Builder(searcher, index.analyzer())
                .withFormatter(new MarkedSnippets())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ENGLISH), PASSAGE_LENGTH, 0.5f))
                // The whole text, not only its first 10,000 characters: a match near the end still shows.
                .withMaxLength(Integer.MAX_VALUE - 1)
                // An issue found by its title alone shows how its text begins.
                .withMaxNoHighlightPassages(1)
                .build();
    }

    /** A page of hits, the number of matching issues, and whether the index was ready to answer. */
    record Found(List<Hit> hits, long total, boolean ready) {
        static final Found NOT_READY = new Found(List.of(), 0, false);
    }

    /** One matching issue; its snippet is HTML, escaped, the matched words marked (null when its text is empty). */
    record Hit(ArchiveEntry entry, String snippet) {
    }
}
