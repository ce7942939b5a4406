package org.masthead.markdown;

import java.util.List;

/**
 * Section bodies built to hurt a Markdown parser or a differ, each at most a section's size
 * (100,000 characters), so that every entry point can be fed them as a writer could save them.
 * BadInputTest proves the renderer bounds each; HostileBodiesTest feeds them to every way a body
 * is parsed, checked, compared or frozen.
 */
public final class HostileBodies {

    /** One hostile body, named for test reports. */
    public record Body(String name, String text) {

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileBodies() {
    }

    public static List<Body> all() {
        return List.of(
                // Issue 11: ten kilobytes of quote markers made /release/2 blank for good (StackOverflowError).
                new Body("ten thousand quote markers", ">".repeat(10_000)),
                // Issue 11: one open of the release screen took 15 s, four at once 36-52 s each.
                new Body("thirty-three thousand empty links", "[](".repeat(33_000)),
                new Body("a hundred thousand nested quotes", ">".repeat(99_990) + " deep"),
                new Body("list markers nested on one line", "- ".repeat(49_990) + "item"),
                new Body("lists nested by indentation", indentedLists()),
                new Body("an endless paragraph of open links", "[a](".repeat(24_990)),
                new Body("a rule of thirty-three thousand dashes", "-- ".repeat(33_000)),
                new Body("delimiter runs around one letter", "*".repeat(49_000) + "a" + "*".repeat(49_000)),
                new Body("an unclosed angle link of parentheses", "[a](<" + "(".repeat(90_000)));
    }

    private static String indentedLists() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; text.length() < 90_000; depth++) {
            text.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        return text.toString();
    }
}
