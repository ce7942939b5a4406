package org.masthead.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/** The frozen, rendered result of releasing an issue. Never changed in place: no setters. */
@Entity
@Table(name = "editions")
public class Edition extends AbstractEntity {

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @Column(name = "issue_number", nullable = false, updatable = false)
    private int issueNumber;

    @Column(name = "edition_no", nullable = false, updatable = false)
    private int editionNo;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "released_at", nullable = false, updatable = false)
    private Instant releasedAt;

    @Column(nullable = false, updatable = false)
    private String markdown;

    /** The whole web page, exactly as readers get it. */
    @Column(nullable = false, updatable = false)
    private String html;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    protected Edition() {
    }

    Edition(Long issueId, int issueNumber, int editionNo, String title, Instant releasedAt, String markdown,
            String html, String contentHash) {
        this.issueId = issueId;
        this.issueNumber = issueNumber;
        this.editionNo = editionNo;
        this.title = title;
        this.releasedAt = releasedAt;
        this.markdown = markdown;
        this.html = html;
        this.contentHash = contentHash;
    }

    public Long getIssueId() {
        return issueId;
    }

    public int getIssueNumber() {
        return issueNumber;
    }

    public int getEditionNo() {
        return editionNo;
    }

    public String getTitle() {
        return title;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getHtml() {
        return html;
    }

    public byte[] htmlBytes() {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    public String getContentHash() {
        return contentHash;
    }

    /** The stable public address of this issue. */
    public String permalink() {
        return "/archive/" + issueNumber;
    }
}
