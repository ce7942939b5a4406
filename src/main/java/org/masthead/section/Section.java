package org.masthead.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.masthead.base.WorkflowException;
import org.masthead.base.AbstractEntity;
import org.masthead.issue.Issue;
import org.masthead.issue.WordRange;
import org.masthead.user.User;

/** One part of an issue. Its state changes only through {@link #moveTo}, which obeys {@link SectionState}. */
@Entity
@Table(name = "sections")
public class Section extends AbstractEntity {

    /** The longest body a section may have, in characters (about 15,000 words). */
    public static final int BODY_MAX = 100_000;
    public static final int HEADING_MAX = 200;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "issue_id")
    private Issue issue;

    private int position;

    @Column(nullable = false, length = HEADING_MAX)
    private String heading;

    @Column(nullable = false)
    private String guidance;

    private boolean required;

    private boolean dropped;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "writer_id")
    private User writer;

    private LocalDate deadline;

    @Column(nullable = false, length = BODY_MAX)
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SectionState state = SectionState.DRAFT;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    @Column(name = "last_changed_by", nullable = false)
    private String lastChangedBy;

    /** Copied from the template slot when the issue is laid out: a later template change leaves it be. */
    @Column(name = "words_min")
    private Integer wordsMin;

    @Column(name = "words_max")
    private Integer wordsMax;

    protected Section() {
    }

    Section(Issue issue, int position, String heading, String guidance, boolean required, WordRange words,
            String by, Instant at) {
        this.issue = issue;
        this.position = position;
        this.heading = heading;
        this.guidance = guidance;
        this.required = required;
        this.wordsMin = words.min();
        this.wordsMax = words.max();
        touch(by, at);
    }

    void moveTo(SectionState next, String by, Instant at) {
        issue.requireInProduction();
        if (!state.canMoveTo(next)) {
            throw new WorkflowException("A section that is " + state.label().toLowerCase()
                    + " cannot become " + next.label().toLowerCase() + ".");
        }
        state = next;
        touch(by, at);
    }

    void replaceBody(String newBody, String by, Instant at) {
        issue.requireInProduction();
        body = newBody;
        touch(by, at);
    }

    void assign(User newWriter, String by, Instant at) {
        issue.requireInProduction();
        writer = newWriter;
        touch(by, at);
    }

    void setDeadline(LocalDate newDeadline, String by, Instant at) {
        issue.requireInProduction();
        deadline = newDeadline;
        touch(by, at);
    }

    void setDropped(boolean drop, String by, Instant at) {
        issue.requireInProduction();
        dropped = drop;
        touch(by, at);
    }

    void setPosition(int newPosition) {
        issue.requireInProduction();
        position = newPosition;
    }

    private void touch(String by, Instant at) {
        lastChangedBy = by;
        lastChangedAt = at;
    }

    public boolean isWrittenBy(String username) {
        return writer != null && writer.getUsername().equals(username);
    }

    public Issue getIssue() {
        return issue;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getGuidance() {
        return guidance;
    }

    public boolean isRequired() {
        return required;
    }

    /** The soft length its guidance suggests, in words. */
    public WordRange getWordRange() {
        return new WordRange(wordsMin, wordsMax);
    }

    public boolean isDropped() {
        return dropped;
    }

    public User getWriter() {
        return writer;
    }

    public String getWriterName() {
        return writer == null ? "Unassigned" : writer.getDisplayName();
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getBody() {
        return body;
    }

    public SectionState getState() {
        return state;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public String getLastChangedBy() {
        return lastChangedBy;
    }
}
