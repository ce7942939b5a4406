package org.masthead.publishing;

import java.time.Instant;

/** One released issue in the archive's list: its newest edition, without the edition's texts. */
public record ArchiveEntry(int issueNumber, String title, Instant firstReleasedAt, int editionNo, Instant releasedAt) {

    public boolean isCorrected() {
        return editionNo > 1;
    }

    public String permalink() {
        return Edition.permalink(issueNumber);
    }
}
