package org.masthead.publishing.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The captured bytes (body and WARC records), read and written apart from the rows that list captures. */
@Component
class SourceContents {

    private final JdbcTemplate jdbc;

    SourceContents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long captureId, byte[] body, byte[] warc) {
        jdbc.update("insert into source_capture_contents (capture_id, body, warc) values (?, ?, ?)", captureId, body, warc);
    }

    Optional<byte[]> bodyOf(long captureId) {
        return jdbc.query("select body from source_capture_contents where capture_id = ?",
                (rs, i) -> rs.getBytes(1), captureId).stream().findFirst();
    }

    Optional<byte[]> warcOf(long captureId) {
        return jdbc.query("select warc from source_capture_contents where capture_id = ?",
                (rs, i) -> rs.getBytes(1), captureId).stream().findFirst();
    }

    /** Every WARC of the issue, one source after another, written as they are read (never all in memory). */
    void writeWarcsOf(long issueId, OutputStream out) {
        jdbc.query("select c.warc from source_capture_contents c join source_captures s on s.id = c.capture_id"
                + " where s.issue_id = ? order by s.source_no", rs -> {
                    try {
                        out.write(rs.getBytes(1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, issueId);
    }
}
