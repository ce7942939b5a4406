package org.masthead;

import java.nio.file.Path;

/**
 * A real issue of a weekly briefing as its readers got it: the test's own copy of
 * ../shared/samples/briefing-2020-09.txt, so the suite passes on a clone that does not sit beside
 * the shared folder.
 */
public final class Samples {

    public static final Path BRIEFING = Path.of("src/test/resources/samples/briefing-2020-09.txt");

    private Samples() {
    }
}
