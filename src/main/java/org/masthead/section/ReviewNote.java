package org.masthead.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/**
 * An editor's comment on a section (why it was returned or reopened), a writer's answer, or a
 * comment from an outside reader of a preview link (its author is the name they gave, followed by
 * {@value #THROUGH_PREVIEW_LINK}: no account stands behind it).
 */
@Entity
@Table(name = "review_notes")
public class ReviewNote extends AbstractEntity {

    public enum Kind { RETURNED, REOPENED, ANSWER, PREVIEW_COMMENT }

    /** What follows an outside reader's name, so nobody takes it for a person at the desk. */
    public static final String THROUGH_PREVIEW_LINK = " (preview link)";
    /** The longest name an outside reader can give: with {@link #THROUGH_PREVIEW_LINK}, it fits the author column. */
    public static final int OUTSIDE_NAME_MAX = 40;

    @Column(name = "section_id", nullable = false, updatable = false)
    private Long sectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ReviewNote() {
    }

    ReviewNote(Long sectionId, Kind kind, String author, String body, Instant createdAt) {
        this.sectionId = sectionId;
        this.kind = kind;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    /** An editor's note the writer has not yet marked as dealt with. */
    public boolean isOpen() {
        return kind != Kind.ANSWER && resolvedAt == null;
    }

    void resolve(String by, Instant at) {
        resolvedBy = by;
        resolvedAt = at;
    }
}
