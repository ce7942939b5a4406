package org.masthead.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.masthead.base.AbstractEntity;
import org.masthead.base.WorkflowException;

/** One edition of the publication in the making. Once released it is frozen. */
@Entity
@Table(name = "issues")
public class Issue extends AbstractEntity {

    public static final int TITLE_MAX = 200;

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

    public Instant getPlannedRelease() {
        return plannedRelease;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    /** Refuses any change to a released issue: what readers got must never drift. */
    public void requireInProduction() {
        if (isReleased()) {
            throw new WorkflowException("Issue " + number + " is released; nothing in it can change any more.");
        }
    }

    void markReleased(Instant at) {
        requireInProduction();
        this.releasedAt = at;
    }
}
