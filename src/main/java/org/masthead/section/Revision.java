package org.masthead.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/** An immutable copy of a section's body, made at every submit and every editor's save. */
@Entity
@Table(name = "revisions")
public class Revision extends AbstractEntity {

    public enum Reason { SUBMIT, EDITOR_SAVE, CHANGED_AFTER_APPROVAL, CORRECTION, IMPORT }

    @Column(name = "section_id", nullable = false, updatable = false)
    private Long sectionId;

    @Column(nullable = false, updatable = false, length = Section.BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reason reason;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Revision() {
    }

    Revision(Long sectionId, String body, Reason reason, String author, Instant createdAt) {
        this.sectionId = sectionId;
        this.body = body;
        this.reason = reason;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public String getBody() {
        return body;
    }

    public Reason getReason() {
        return reason;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
