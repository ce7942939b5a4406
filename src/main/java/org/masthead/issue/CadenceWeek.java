package org.masthead.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.masthead.base.AbstractEntity;

/**
 * One week of the cadence, by its regular release day, once something was decided for it: the
 * issue made for it, or that it is skipped. The day is unique per publication, so of two nodes
 * that make the week's issue at once, the second is refused by the database and makes nothing.
 */
@Entity
@Table(name = "cadence_weeks")
public class CadenceWeek extends AbstractEntity {

    public static final int REASON_MAX = 500;

    @Column(name = "publication_id", nullable = false)
    private long publicationId;

    @Column(name = "release_date", nullable = false)
    private LocalDate releaseDay;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "issue_id")
    private Issue issue;

    private boolean skipped;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CadenceWeek() {
    }

    private CadenceWeek(long publicationId, LocalDate releaseDay, boolean skipped, String by, String reason, Instant at) {
        this.publicationId = publicationId;
        this.releaseDay = releaseDay;
        this.skipped = skipped;
        this.decidedBy = by;
        this.reason = reason;
        this.decidedAt = at;
    }

    static CadenceWeek claimed(long publicationId, LocalDate releaseDay, String by, Instant at) {
        return new CadenceWeek(publicationId, releaseDay, false, by, null, at);
    }

    static CadenceWeek skipped(long publicationId, LocalDate releaseDay, String by, String reason, Instant at) {
        return new CadenceWeek(publicationId, releaseDay, true, by, reason, at);
    }

    void madeWith(Issue made) {
        this.issue = made;
    }

    public LocalDate getReleaseDay() {
        return releaseDay;
    }

    public Issue getIssue() {
        return issue;
    }

    public boolean isSkipped() {
        return skipped;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
