package org.masthead.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/** "It is your turn": one message to the person who now holds the ball. */
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

    protected InboxMessage() {
    }

    InboxMessage(String recipient, Long issueId, Long sectionId, String text, Instant createdAt) {
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

    /** Where the message leads: the section to write or review, or the issue to release. */
    public String link() {
        return sectionId != null ? "sections/" + sectionId : "release/" + issueId;
    }
}
