package org.masthead;

import java.nio.file.Path;

/**
 * A real issue of a weekly briefing as its readers got it: the test's own copy of the sample in
 * the project's shared folder (samples/briefing-2020-09.txt), so the suite passes on a clone that
 * does not sit beside that folder.
 */
public final class Samples {

    public static final Path BRIEFING = Path.of("src/test/resources/samples/briefing-2020-09.txt");

    private Samples() {
    }
}
