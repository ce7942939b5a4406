package org.masthead.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.masthead.markdown.MarkdownFinding.Kind;

/**
 * Markdown made safe to parse before Flexmark sees it. Flexmark recurses once per nesting level
 * and some of its scans are quadratic in the length of a paragraph, so a hostile or broken text
 * (a line of ten thousand {@code >}, one paragraph of a hundred thousand characters) could
 * overflow the stack or take minutes. Here the text is bounded instead, and each bound that
 * bites is reported as a finding with its line, so the writer is told.
 */
final class MarkdownInput {

    /** Quotes and list markers followed on one line; a briefing needs three or four. */
    static final int MAX_NESTING = 10;
    /**
     * Characters of one paragraph rendered at once. Flexmark's inline parser costs time in the
     * square of a paragraph's length when it is dense with syntax; real paragraphs stay well
     * under this (the longest in our sample briefing has about 1,000).
     */
    static final int BLOCK_MAX = 5_000;
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    /** A thematic break longer than this is shortened to the same break of three characters. */
    private static final int RULE_MAX = 80;

    private MarkdownInput() {
    }

    /**
     * The text to parse, what was done to it, and for each of its lines the line of the source
     * it came from (splitting a paragraph inserts blank lines).
     */
    record Prepared(String text, int sourceLength, List<MarkdownFinding> findings, int[] sourceLines) {

        /** The 1-based source line of a 0-based line of the prepared text. */
        int sourceLine(int preparedLine) {
            if (sourceLines.length == 0) {
                return 1;
            }
            return sourceLines[Math.max(0, Math.min(preparedLine, sourceLines.length - 1))];
        }
    }

    static Prepared prepare(String markdown) {
        String source = markdown == null ? "" : markdown;
        List<MarkdownFinding> findings = new ArrayList<>();
        TextHygiene.Report hygiene = TextHygiene.inspect(source);
        if (hygiene.controlCharacters() > 0) {
            findings.add(MarkdownFinding.of(hygiene.firstControlLine(), Kind.CONTROL_CHARACTERS,
                    String.valueOf(hygiene.controlCharacters())));
        }
        if (hygiene.brokenCharacters() > 0) {
            findings.add(MarkdownFinding.of(hygiene.firstBrokenLine(), Kind.BROKEN_CHARACTERS,
                    String.valueOf(hygiene.brokenCharacters())));
        }
        String text = hygiene.text();
        if (text.length() > MarkdownRenderer.INPUT_MAX) {
            int cut = MarkdownRenderer.INPUT_MAX;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            findings.add(MarkdownFinding.of(0, Kind.INPUT_TRUNCATED, String.valueOf(text.length())));
            text = text.substring(0, cut);
        }
        return bounded(text, source.length(), findings);
    }

    private static Prepared bounded(String text, int sourceLength, List<MarkdownFinding> findings) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<Integer> lines = new ArrayList<>();
        int blockLength = 0;
        int sourceLine = 0;
        int lastSplitLine = -1;
        String previous = "";
        // A long table is split into tables that repeat its header, not into a table and a heap of pipes.
        String tableHeader = null;
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String line = text.substring(from, end);
            sourceLine++;
            if (line.isBlank()) {
                blockLength = 0;
                tableHeader = null;
            } else {
                line = isRule(line) ? shortRule(line) : capNesting(line, sourceLine, findings);
                if (blockLength > 0 && previous.contains("|") && TABLE_SEPARATOR.matcher(line).matches()
                        && previous.length() + line.length() < BLOCK_MAX / 2) {
                    tableHeader = previous + "\n" + line;
                }
                if (blockLength > 0 && blockLength + line.length() > BLOCK_MAX) {
                    emit(out, lines, "", sourceLine);
                    blockLength = 0;
                    lastSplitLine = reportSplit(findings, sourceLine, lastSplitLine);
                    if (tableHeader != null) {
                        for (String header : tableHeader.split("\n")) {
                            emit(out, lines, header, sourceLine);
                        }
                        blockLength = tableHeader.length() + 1;
                    }
                }
                while (line.length() > BLOCK_MAX) {
                    int cut = cutPoint(line);
                    emit(out, lines, line.substring(0, cut), sourceLine);
                    emit(out, lines, "", sourceLine);
                    // The rest is a new paragraph: it gets the same nesting limit as any line.
                    line = capNesting(line.substring(cut).stripLeading(), sourceLine, findings);
                    lastSplitLine = reportSplit(findings, sourceLine, lastSplitLine);
                }
                blockLength += line.length() + 1;
            }
            emit(out, lines, line, sourceLine);
            previous = line;
            from = end + 1;
        }
        out.setLength(Math.max(0, out.length() - 1));
        return new Prepared(out.toString(), sourceLength, List.copyOf(findings),
                lines.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void emit(StringBuilder out, List<Integer> lines, String line, int sourceLine) {
        out.append(line).append('\n');
        lines.add(sourceLine);
    }

    private static int reportSplit(List<MarkdownFinding> findings, int sourceLine, int lastSplitLine) {
        if (sourceLine != lastSplitLine) {
            findings.add(MarkdownFinding.of(sourceLine, Kind.BLOCK_SPLIT, String.valueOf(BLOCK_MAX)));
        }
        return sourceLine;
    }

    /** Where to split an over-long line: the last space before the limit, else the limit itself. */
    private static int cutPoint(String line) {
        int space = line.lastIndexOf(' ', BLOCK_MAX);
        int cut = space > BLOCK_MAX / 2 ? space : BLOCK_MAX;
        return Character.isHighSurrogate(line.charAt(cut - 1)) ? cut - 1 : cut;
    }

    /**
     * Escapes the container marker past {@link #MAX_NESTING} on a line, so the rest of the line
     * is text inside the deepest quote or list followed.
     */
    static String capNesting(String line, int sourceLine, List<MarkdownFinding> findings) {
        int i = 0;
        int markers = 0;
        int n = line.length();
        while (i < n) {
            int j = i;
            while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                j++;
            }
            int marker = markerAt(line, j);
            if (marker < 0) {
                return line;
            }
            if (++markers > MAX_NESTING) {
                findings.add(MarkdownFinding.of(sourceLine, Kind.NESTING_CUT, String.valueOf(MAX_NESTING)));
                return line.substring(0, marker) + '\\' + line.substring(marker);
            }
            i = marker + 1;
        }
        return line;
    }

    /** The index of the character that makes a quote or list marker starting at {@code j}, or -1. */
    private static int markerAt(String line, int j) {
        int n = line.length();
        if (j >= n) {
            return -1;
        }
        char c = line.charAt(j);
        if (c == '>') {
            return j;
        }
        if ((c == '-' || c == '*' || c == '+') && j + 1 < n && isBlank(line.charAt(j + 1))) {
            return j;
        }
        int k = j;
        while (k < n && k - j < 9 && Character.isDigit(line.charAt(k))) {
            k++;
        }
        if (k > j && k + 1 < n && (line.charAt(k) == '.' || line.charAt(k) == ')') && isBlank(line.charAt(k + 1))) {
            return k;
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** A thematic break: three or more of one of - * _ and nothing else but spaces. */
    static boolean isRule(String line) {
        String s = line.strip();
        if (s.length() < 3 || "-*_".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        char c = s.charAt(0);
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == c) {
                count++;
            } else if (!isBlank(x)) {
                return false;
            }
        }
        return count >= 3;
    }

    /**
     * The same break, three characters long. Internal spaces are kept as spaces so that a
     * "- - -" rule stays a rule and a "-----" setext underline stays an underline.
     */
    private static String shortRule(String line) {
        if (line.length() <= RULE_MAX) {
            return line;
        }
        String s = line.strip();
        String c = String.valueOf(s.charAt(0));
        return s.indexOf(' ') >= 0 || s.indexOf('\t') >= 0 ? c + " " + c + " " + c : c.repeat(3);
    }
}
