package org.masthead.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.masthead.base.AbstractEntity;

/**
 * The frozen, rendered result of releasing (or correcting) an issue: the web page, the email,
 * the plain text and the Markdown source, each with its hash. Never changed in place: no setters,
 * no updatable column, Hibernate treats it as immutable, and a change that slipped through
 * anyway is refused before it reaches the database.
 */
@Entity
@Immutable
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

    /** The date readers see: when this edition went out (a back issue keeps its original date). */
    @Column(name = "released_at", nullable = false, updatable = false)
    private Instant releasedAt;

    /** When the issue first went out: the archive keeps a corrected issue in its place. */
    @Column(name = "first_released_at", nullable = false, updatable = false)
    private Instant firstReleasedAt;

    /** When this row was made: what caches compare against (Last-Modified). */
    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    /** Why this edition replaced the one before; null for the first edition. */
    @Column(name = "correction_note", updatable = false)
    private String correctionNote;

    @Column(nullable = false, updatable = false)
    private String markdown;

    /** The whole web page, exactly as readers get it. */
    @Column(nullable = false, updatable = false)
    private String html;

    @Column(name = "email_html", nullable = false, updatable = false)
    private String emailHtml;

    @Column(name = "plain_text", nullable = false, updatable = false)
    private String plainText;

    /** Hash of the web page; its ETag. */
    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "email_hash", nullable = false, updatable = false)
    private String emailHash;

    @Column(name = "text_hash", nullable = false, updatable = false)
    private String textHash;

    @Column(name = "markdown_hash", nullable = false, updatable = false)
    private String markdownHash;

    protected Edition() {
    }

    Edition(Long issueId, EditionHistory history, String title, Instant releasedAt, Instant storedAt, Rendered rendered) {
        this.issueId = issueId;
        this.issueNumber = history.issueNumber();
        this.editionNo = history.editionNo();
        this.firstReleasedAt = history.firstReleasedAt(releasedAt);
        this.correctionNote = history.note();
        this.title = title;
        this.releasedAt = releasedAt;
        this.storedAt = storedAt;
        this.markdown = rendered.markdown();
        this.html = rendered.html();
        this.emailHtml = rendered.email();
        this.plainText = rendered.text();
        this.markdownHash = Hashes.sha256(markdown);
        this.contentHash = Hashes.sha256(html);
        this.emailHash = Hashes.sha256(emailHtml);
        this.textHash = Hashes.sha256(plainText);
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Edition " + editionNo + " of issue " + issueNumber + " is frozen: make a correction instead.");
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

    public Instant getFirstReleasedAt() {
        return firstReleasedAt;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public boolean isCorrection() {
        return correctionNote != null;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getHtml() {
        return html;
    }

    public String getEmailHtml() {
        return emailHtml;
    }

    public String getPlainText() {
        return plainText;
    }

    public byte[] htmlBytes() {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getEmailHash() {
        return emailHash;
    }

    public String getTextHash() {
        return textHash;
    }

    public String getMarkdownHash() {
        return markdownHash;
    }

    /** The stable public address of this issue: it always shows the newest edition. */
    public String permalink() {
        return permalink(issueNumber);
    }

    /** The address of exactly this edition, readable for good even after a correction. */
    public String editionLink() {
        return permalink(issueNumber) + "/editions/" + editionNo;
    }

    static String permalink(int issueNumber) {
        return "/archive/" + issueNumber;
    }

    /** The four formats of one edition, rendered once. */
    record Rendered(String markdown, String html, String email, String text) {
    }
}
