package org.masthead.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/** A table in plain text: columns padded to their widest cell, the header ruled off. */
final class PlainTextTable {

    /** Wider cells overflow instead of stretching every row of the column. */
    private static final int COLUMN_MAX = 30;

    private PlainTextTable() {
    }

    static List<String> lines(Element table, Function<Element, String> text) {
        List<List<String>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Element row : table.select("tr")) {
            rows.add(row.children().stream().map(text).toList());
            if (row.parent() != null && row.parent().normalName().equals("thead")) {
                headerRows++;
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.min(COLUMN_MAX, Math.max(widths[c], length(row.get(c))));
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.add(line(rows.get(r), widths));
            if (r == headerRows - 1) {
                out.add(rule(widths));
            }
        }
        return out;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            line.append(c == 0 ? "" : " | ").append(cell).append(" ".repeat(Math.max(0, widths[c] - length(cell))));
        }
        return line.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            line.append(c == 0 ? "" : "-+-").append("-".repeat(Math.max(1, widths[c])));
        }
        return line.toString();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
