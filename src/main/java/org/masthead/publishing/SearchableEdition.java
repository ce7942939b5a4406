package org.masthead.publishing;

import java.time.Instant;

/** What the archive's search index keeps of an issue's newest edition: what a hit shows, and the text it searches. */
record SearchableEdition(long id, int issueNumber, int editionNo, String title, Instant firstReleasedAt, Instant releasedAt,
                         String plainText) {

    ArchiveEntry entry() {
        return new ArchiveEntry(issueNumber, title, firstReleasedAt, editionNo, releasedAt);
    }
}
