package org.masthead.mailing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.masthead.base.Counting;

/**
 * Subscriber lists as CSV, in and out, through Apache Commons CSV: files come from spreadsheets and
 * other mailing tools, with quoted fields, commas and line breaks inside quotes, a byte-order mark,
 * CRLF line ends, or semicolons where the spreadsheet's language uses the comma for decimals.
 */
final class SubscriberCsv {

    /** A list of 50,000 subscribers with names is about 3 MB; a larger file is imported in parts. */
    static final int MAX_BYTES = 5_000_000;
    static final int MAX_ROWS = 50_000;

    static final String[] EXPORT_HEADER = {"address", "name", "status", "consent", "consented_at", "confirmed_at", "left_at"};

    private static final Set<String> ADDRESS_HEADINGS = Set.of("address", "email", "e-mail", "email address",
            "e-mail address", "mail", "email_address");
    private static final Set<String> NAME_HEADINGS = Set.of("name", "full name", "full_name", "display name");

    /** One line of an imported file: its number as the spreadsheet shows it, and what it says. */
    record Row(long line, String address, String name, String status) {
    }

    private SubscriberCsv() {
    }

    /** The rows of the file, without its heading; refused with a sentence when it is not a list we can read. */
    static List<Row> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new SubscriberRefused(SubscriberRefused.Field.FILE, "The file is empty. Choose a CSV file with one address per line.");
        }
        if (file.length > MAX_BYTES) {
            throw new SubscriberRefused(SubscriberRefused.Field.FILE, "That file is larger than 5 MB. Import a list of at most "
                    + Counting.thousands(MAX_ROWS) + " addresses at a time: split the file and import each part.");
        }
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Columns columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = Columns.of(record);
                    if (columns.heading()) {
                        continue;
                    }
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new SubscriberRefused(SubscriberRefused.Field.FILE, "That file has more than " + Counting.thousands(MAX_ROWS)
                            + " lines. Import a list of at most " + Counting.thousands(MAX_ROWS) + " addresses at a time: split the file and import each part.");
                }
                rows.add(new Row(record.getRecordNumber(), columns.cell(record, columns.address()),
                        columns.cell(record, columns.name()), columns.cell(record, columns.status())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            throw new SubscriberRefused(SubscriberRefused.Field.FILE, "The file could not be read as CSV after line "
                    + Counting.thousands(rows.size() + 1) + ": a quote may be opened and never closed. Check that line and try again.");
        }
        if (rows.isEmpty()) {
            throw new SubscriberRefused(SubscriberRefused.Field.FILE, "The file has no addresses in it. Put one address per line, with an optional name after a comma.");
        }
        return rows;
    }

    /** The export: one line per subscriber, with the record of their consent; times in UTC, ISO 8601. */
    static CSVPrinter printer(Appendable out) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(EXPORT_HEADER).get().print(out);
    }

    static void print(CSVPrinter printer, Subscriber s) throws IOException {
        printer.printRecord(s.getAddress(), s.getName() == null ? "" : s.getName(), s.getStatus().name().toLowerCase(Locale.ROOT),
                s.getConsentSource().name().toLowerCase(Locale.ROOT), time(s.getConsentedAt()), time(s.getConfirmedAt()),
                time(s.getLeftAt()));
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new SubscriberRefused(SubscriberRefused.Field.FILE, "The file is not UTF-8 text. Save it from the spreadsheet "
                    + "as \"CSV UTF-8\" and import that.");
        }
    }

    /** Where the address, the name and a status are: from the heading line, else address then name. */
    private record Columns(boolean heading, int address, int name, int status) {

        static Columns of(CSVRecord first) {
            int address = -1;
            int name = -1;
            int status = -1;
            for (int i = 0; i < first.size(); i++) {
                String cell = first.get(i).strip().toLowerCase(Locale.ROOT);
                if (address < 0 && ADDRESS_HEADINGS.contains(cell)) {
                    address = i;
                } else if (name < 0 && NAME_HEADINGS.contains(cell)) {
                    name = i;
                } else if (status < 0 && cell.equals("status")) {
                    status = i;
                }
            }
            return address >= 0 ? new Columns(true, address, name, status) : new Columns(false, 0, 1, -1);
        }

        String cell(CSVRecord record, int column) {
            return column >= 0 && column < record.size() ? record.get(column) : null;
        }
    }
}
