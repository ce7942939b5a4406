package org.masthead.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The cross-site scripting corpus of src/test/resources/xss/vectors.txt. */
public final class XssVectors {

    public record Vector(String name, String markdown) {

        @Override
        public String toString() {
            return name;
        }
    }

    private XssVectors() {
    }

    public static List<Vector> all() {
        String text;
        try (InputStream in = XssVectors.class.getResourceAsStream("/xss/vectors.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss/vectors.txt is missing from the test resources");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Vector> vectors = new ArrayList<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    vectors.add(new Vector(name, body.toString().strip()));
                }
                name = line.substring(4).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            vectors.add(new Vector(name, body.toString().strip()));
        }
        return List.copyOf(vectors);
    }
}
