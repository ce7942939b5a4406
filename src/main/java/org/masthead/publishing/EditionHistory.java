package org.masthead.publishing;

import java.time.Instant;
import java.util.List;

/**
 * Where an edition stands among its issue's editions: its number, and for a correction the
 * note and the earlier editions it links to (they stay readable at their own address).
 */
record EditionHistory(int issueNumber, int editionNo, String note, Instant firstReleased, List<Earlier> earlier) {

    static EditionHistory first(int issueNumber) {
        return new EditionHistory(issueNumber, 1, null, null, List.of());
    }

    boolean isCorrection() {
        return editionNo > 1;
    }

    Instant firstReleasedAt(Instant thisRelease) {
        return firstReleased == null ? thisRelease : firstReleased;
    }

    String linkTo(int edition) {
        return Edition.permalink(issueNumber) + "/editions/" + edition;
    }

    /** An earlier edition, as a correction lists it. */
    record Earlier(int editionNo, Instant releasedAt) {
    }
}
