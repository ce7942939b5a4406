package org.masthead.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/**
 * One message to one person: "it is your turn" ({@link Kind#TURN}), which leaves the count by
 * itself once the work moved on (settled), or good news ({@link Kind#NEWS}), which counts until read.
 */
@Entity
@Table(name = "inbox_messages")
public class InboxMessage extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @Column(name = "section_id", updatable = false)
    private Long sectionId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind = Kind.TURN;

    /** When the work it asks for moved on (the section changed hands, the issue was released). */
    @Column(name = "settled_at")
    private Instant settledAt;

    /** Asks its recipient to review the section (it leads to the review screen, not the writer's editor). */
    @Column(name = "for_review", nullable = false, updatable = false)
    private boolean forReview;

    /** Whether the message asks its recipient to act, or only tells them something. */
    public enum Kind { TURN, NEWS }

    protected InboxMessage() {
    }

    InboxMessage(Kind kind, String recipient, Long issueId, Long sectionId, String text, Instant createdAt) {
        this(kind, false, recipient, issueId, sectionId, text, createdAt);
    }

    InboxMessage(Kind kind, boolean forReview, String recipient, Long issueId, Long sectionId, String text, Instant createdAt) {
        this.kind = kind;
        this.forReview = forReview;
        this.recipient = recipient;
        this.issueId = issueId;
        this.sectionId = sectionId;
        this.text = text;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getIssueId() {
        return issueId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Kind getKind() {
        return kind;
    }

    /** The work it asked for has moved on: it no longer needs anyone, read or not. */
    public boolean isSettled() {
        return settledAt != null;
    }

    /** What the top-bar count counts. */
    public boolean needsMe() {
        return !isRead() && !isSettled();
    }

    /** Where the message leads: the section to write or review, or the issue to release. */
    public String link() {
        if (sectionId == null) {
            return "release/" + issueId;
        }
        return (forReview ? "review/" : "sections/") + sectionId;
    }
}
