package org.masthead.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a reader typed into the archive's search box, read without any query syntax: words, and
 * phrases between paired double quotes (straight or curly). Nothing else a reader types is an
 * operator, so no input can fail to parse: {@code *}, {@code :}, {@code \}, brackets and an unpaired
 * quote are punctuation, which the analyser drops like any other.
 *
 * <p>Every word and every phrase must occur in an issue ("2 issues contain ..."), in its text or its
 * title; the title weighs more, so an issue about a thing ranks above one that mentions it.
 */
final class ArchiveQuery {

    static final String TEXT = "text";
    static final String TITLE = "title";
    private static final float TITLE_WEIGHT = 2f;

    private final List<String> parts;

    private ArchiveQuery(List<String> parts) {
        this.parts = parts;
    }

    /** Each phrase, and each word outside the phrases, as typed (quotes removed). */
    List<String> parts() {
        return parts;
    }

    static ArchiveQuery parse(String typed) {
        String text = typed.replace('“', '"').replace('”', '"').replace('„', '"');
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            // The last quote has no partner: the reader did not close a phrase, so it is no phrase.
            int last = text.lastIndexOf('"');
            text = text.substring(0, last) + ' ' + text.substring(last + 1);
        }
        List<String> parts = new ArrayList<>();
        String[] pieces = text.split("\"", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (i % 2 == 1) {
                parts.add(piece);
            } else {
                for (String word : piece.split("\\s+")) {
                    parts.add(word);
                }
            }
        }
        return new ArchiveQuery(parts);
    }

    /**
     * The Lucene query, or nothing when nothing is left to look for (only stop words such as "the",
     * or only punctuation). A word the analyser splits ("e-mail", "U.S.") is searched as a phrase of
     * its pieces, as it was written.
     */
    Optional<Query> toLucene(Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts) {
            Query inText = builder.createPhraseQuery(TEXT, part);
            if (inText == null) {
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(inText, Occur.SHOULD);
            Query inTitle = builder.createPhraseQuery(TITLE, part);
            if (inTitle != null) {
                either.add(new BoostQuery(inTitle, TITLE_WEIGHT), Occur.SHOULD);
            }
            all.add(either.build(), Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? Optional.empty() : Optional.of(all.build());
    }
}
