package org.masthead.publishing.sources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/**
 * One external link an issue cites, its number within the issue ({@code /archive/{n}/sources/{k}})
 * and what its capture gave. Registered PENDING in the release's transaction, captured once after it,
 * then only the weekly dead-link check changes it.
 */
@Entity
@Table(name = "source_captures")
public class SourceCapture extends AbstractEntity {

    /** Failures in a row of the weekly check after which a link is shown offline. */
    static final int OFFLINE_AFTER = 3;

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @Column(name = "issue_number", nullable = false, updatable = false)
    private int issueNumber;

    @Column(name = "source_no", nullable = false, updatable = false)
    private int sourceNo;

    @Column(nullable = false, updatable = false)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaptureState state;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "captured_at")
    private Instant capturedAt;

    private Integer status;

    @Column(name = "final_url")
    private String finalUrl;

    @Column(name = "content_type")
    private String contentType;

    private String sha256;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String failure;

    @Column(name = "failures_in_a_row", nullable = false)
    private int failuresInARow;

    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Column(name = "offline_since")
    private Instant offlineSince;

    protected SourceCapture() {
    }

    SourceCapture(Long issueId, int issueNumber, int sourceNo, String url, Instant registeredAt) {
        this.issueId = issueId;
        this.issueNumber = issueNumber;
        this.sourceNo = sourceNo;
        this.url = url;
        this.registeredAt = registeredAt;
        this.state = CaptureState.PENDING;
    }

    void captured(Instant at, int status, String finalUrl, String contentType, String sha256, long size) {
        moveTo(CaptureState.CAPTURED);
        this.capturedAt = at;
        this.status = status;
        this.finalUrl = finalUrl;
        this.contentType = contentType == null ? null : cut(contentType, 255);
        this.sha256 = sha256;
        this.sizeBytes = size;
    }

    void failed(Instant at, String why) {
        moveTo(CaptureState.FAILED);
        this.capturedAt = at;
        this.failure = cut(why, 1000);
    }

    /**
     * One weekly check: a link that answered is alive again; one that failed (404/410, no such
     * host, too slow) for the third time in a row is offline since the first of those failures.
     */
    void checked(Instant at, boolean alive) {
        lastCheckedAt = at;
        if (alive) {
            failuresInARow = 0;
            firstFailedAt = null;
            offlineSince = null;
            return;
        }
        if (failuresInARow == 0) {
            firstFailedAt = at;
        }
        failuresInARow++;
        if (failuresInARow >= OFFLINE_AFTER && offlineSince == null) {
            offlineSince = firstFailedAt;
        }
    }

    private void moveTo(CaptureState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("Source " + sourceNo + " of issue " + issueNumber + " is " + state + ", not " + next + ".");
        }
        state = next;
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    public Long getIssueId() {
        return issueId;
    }

    public int getIssueNumber() {
        return issueNumber;
    }

    public int getSourceNo() {
        return sourceNo;
    }

    public String getUrl() {
        return url;
    }

    public CaptureState getState() {
        return state;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public Integer getStatus() {
        return status;
    }

    public String getFinalUrl() {
        return finalUrl;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getFailure() {
        return failure;
    }

    public int getFailuresInARow() {
        return failuresInARow;
    }

    public Instant getLastCheckedAt() {
        return lastCheckedAt;
    }

    public Instant getOfflineSince() {
        return offlineSince;
    }

    public boolean isOffline() {
        return offlineSince != null;
    }

    /** Whether it went offline within the week before {@code now}. */
    public boolean wentOfflineWithin(Instant now, Duration week) {
        return offlineSince != null && lastCheckedAt != null && lastCheckedAt.isAfter(now.minus(week));
    }
}
