package org.masthead.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts the section headings of a back issue's file line by line, before the file is parsed, so
 * a file of thousands of "sections" is refused before any work is spent on it. The count is a
 * floor: in Markdown the "## " lines, in plain text the one-line paragraphs that
 * {@link BackIssueParser#heading} takes for headings, leaving out the last two paragraphs (the
 * footer, and what precedes it). The parser finds at least as many, so refusing on this count never
 * refuses a file the parsed count would have let in.
 */
final class SectionHeadings {

    /** How the parser tells Markdown from plain text: a "# " or "## " line. */
    private static final Pattern MARKDOWN = Pattern.compile("(?m)^##?\\s+\\S");

    private SectionHeadings() {
    }

    static int atLeast(String text, List<String> knownHeadings) {
        if (MARKDOWN.matcher(text).find()) {
            return (int) text.lines().filter(line -> line.startsWith("## ")).count();
        }
        List<Boolean> paragraphIsHeading = new ArrayList<>();
        String only = null;
        int lines = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.isBlank()) {
                if (lines > 0) {
                    paragraphIsHeading.add(lines == 1 && BackIssueParser.heading(only, knownHeadings, true).isPresent());
                }
                lines = 0;
            } else {
                only = line.strip();
                lines++;
            }
        }
        if (lines > 0) {
            paragraphIsHeading.add(false);
        }
        int counted = Math.max(0, paragraphIsHeading.size() - 2);
        return (int) paragraphIsHeading.subList(0, counted).stream().filter(Boolean::booleanValue).count();
    }
}
