package org.masthead.publishing;

import java.time.Instant;

/** An edition's identity and hashes, enough to answer a conditional request without loading its texts. */
public record EditionKey(Long id, int issueNumber, int editionNo, String webHash, String emailHash, String textHash,
                         Instant storedAt) {
}
