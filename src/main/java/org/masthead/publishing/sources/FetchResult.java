package org.masthead.publishing.sources;

import java.net.URI;
import java.util.List;

/**
 * What fetching one source gave: every exchange on the way (redirects first, the answer last) and,
 * when it did not end in an answer, why not, in a sentence for the desk.
 */
record FetchResult(URI requested, List<Exchange> exchanges, String failure) {

    boolean answered() {
        return failure == null && !exchanges.isEmpty();
    }

    Exchange last() {
        return exchanges.get(exchanges.size() - 1);
    }
}
