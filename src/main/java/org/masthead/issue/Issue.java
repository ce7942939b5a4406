package org.masthead.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.masthead.base.AbstractEntity;
import org.masthead.base.Refusal;
import org.masthead.base.WorkflowException;

/** One edition of the publication in the making. Once released it is frozen. */
@Entity
@Table(name = "issues")
public class Issue extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    /** The longest standing footer, in characters: the publication's and the one an issue keeps. */
    public static final int FOOTER_MAX = 4000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    @Column(nullable = false, unique = true)
    private int number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "planned_release", nullable = false)
    private Instant plannedRelease;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** When the scheduled release will run; null when none is scheduled. */
    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    /** Why the last schedule was called off (a reopened section, a failed check at run time): shown to the publisher. */
    @Column(name = "schedule_cancelled_reason")
    private String scheduleCancelledReason;

    @Column(name = "schedule_cancelled_at")
    private Instant scheduleCancelledAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    /** The standing footer this issue went out with, frozen at release; null while in production. */
    @Column(length = FOOTER_MAX)
    private String footer;

    protected Issue() {
    }

    Issue(Publication publication, int number, String title, Instant plannedRelease) {
        this.publication = publication;
        this.number = number;
        this.title = title;
        this.plannedRelease = plannedRelease;
    }

    public Publication getPublication() {
        return publication;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    /** How the desk names this issue: see {@link #label(int, String)}. */
    public String label() {
        return label(number, title);
    }

    /**
     * How the desk names an issue: "No. 3: Platforms under pressure", or only "No. 3" while its title
     * is still the one the cadence gave it (never "No. 3: No. 3").
     */
    public static String label(int number, String title) {
        String numbered = "No. " + number;
        return title == null || title.isBlank() || title.strip().equals(numbered) ? numbered : numbered + ": " + title;
    }

    public Instant getPlannedRelease() {
        return plannedRelease;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public boolean isScheduled() {
        return scheduledFor != null && !isReleased();
    }

    public String getScheduleCancelledReason() {
        return scheduleCancelledReason;
    }

    public Instant getScheduleCancelledAt() {
        return scheduleCancelledAt;
    }

    public boolean isCorrected() {
        return correctedAt != null;
    }

    /** The standing footer readers get with this issue: its own once released, else the publication's. */
    public String getFooter() {
        return footer != null ? footer : publication.getFooter();
    }

    /** Why nothing in this issue may change any more, or empty while it is in production. */
    public Optional<String> whyFrozen() {
        return isReleased() ? Optional.of("Issue " + number + " is released; nothing in it can change any more.")
                : Optional.empty();
    }

    /** Refuses any change to a released issue: what readers got must never drift. */
    public void requireInProduction() {
        Refusal.enforce(whyFrozen());
    }

    void markReleased(Instant at) {
        requireInProduction();
        this.footer = getFooter();
        this.releasedAt = at;
        this.scheduledFor = null;
    }

    void schedule(Instant at) {
        requireInProduction();
        if (isScheduled()) {
            throw new WorkflowException("Issue " + number + " is already scheduled. Unschedule it first to pick another time.");
        }
        scheduledFor = at;
        scheduleCancelledReason = null;
        scheduleCancelledAt = null;
    }

    /** Takes the schedule back; with a reason when the desk, not the publisher, called it off. */
    void unschedule(String reason, Instant at) {
        requireInProduction();
        if (!isScheduled()) {
            throw new WorkflowException("Issue " + number + " is not scheduled.");
        }
        scheduledFor = null;
        scheduleCancelledReason = reason;
        scheduleCancelledAt = reason == null ? null : at;
    }

    void markCorrected(Instant at) {
        if (!isReleased()) {
            throw new WorkflowException("Issue " + number + " is not released yet: change its sections instead of correcting it.");
        }
        correctedAt = at;
    }

    /** The release moves to another moment; a released or scheduled issue stays where it is. */
    void moveRelease(Instant to) {
        requireInProduction();
        if (isScheduled()) {
            throw new WorkflowException("Issue " + number + " is scheduled for release. The publisher unschedules it first.");
        }
        plannedRelease = to;
    }

    void rename(String newTitle) {
        requireInProduction();
        title = newTitle;
    }

    /** A back issue brought into the archive keeps the standing footer it was sent with. */
    void keepFooter(String ownFooter) {
        requireInProduction();
        footer = ownFooter;
    }
}
