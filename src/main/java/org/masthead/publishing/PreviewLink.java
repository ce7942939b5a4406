package org.masthead.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/**
 * A read-only link to one issue in production, for someone without an account. The address holds
 * the token and the expiry, signed; this record says whether the link still opens, and what
 * became of it (when it was last opened, how many comments came through it).
 */
@Entity
@Table(name = "preview_links")
public class PreviewLink extends AbstractEntity {

    /** What the board shows for a link. */
    public enum Status { OPEN, EXPIRED, REVOKED }

    @Column(nullable = false, updatable = false, unique = true)
    private String token;

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_opened_at")
    private Instant lastOpenedAt;

    @Column(name = "comment_window_start")
    private Instant commentWindowStart;

    @Column(name = "comments_in_window", nullable = false)
    private int commentsInWindow;

    @Column(name = "comments_received", nullable = false)
    private int commentsReceived;

    protected PreviewLink() {
    }

    PreviewLink(String token, long issueId, String createdBy, Instant createdAt, Instant expiresAt) {
        this.token = token;
        this.issueId = issueId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String getToken() {
        return token;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastOpenedAt() {
        return lastOpenedAt;
    }

    public int getCommentsReceived() {
        return commentsReceived;
    }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }

    void revoke(String by, Instant at) {
        revokedBy = by;
        revokedAt = at;
    }

    /**
     * Counts one comment; false, and nothing counted, when the link has had {@code limit} in the
     * current window already. A window starts with its first comment and lasts {@code window}.
     */
    boolean countComment(Instant now, int limit, Duration window) {
        if (commentWindowStart == null || !now.isBefore(commentWindowStart.plus(window))) {
            commentWindowStart = now;
            commentsInWindow = 0;
        }
        if (commentsInWindow >= limit) {
            return false;
        }
        commentsInWindow++;
        commentsReceived++;
        return true;
    }
}
