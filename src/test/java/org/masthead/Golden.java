package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected outputs kept as files under src/test/resources/golden. A change in rendering shows
 * as a diff of the file. After a deliberate change, regenerate with
 * {@code mvn test -Dtest='*Golden*' -Dgolden.update=true} and read the diff before committing.
 */
public final class Golden {

    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static String read(String name) {
        try {
            return Files.readString(DIRECTORY.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing golden file " + name + "; run with -Dgolden.update=true to write it", e);
        }
    }

    public static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("golden.update")) {
            try {
                Files.writeString(DIRECTORY.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(actual).as("output compared with golden/" + name).isEqualTo(read(name));
    }
}
