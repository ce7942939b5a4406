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
import org.masthead.issue.TemplateSlot;
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

    /** When the section last changed hands: the holder has had it since then. */
    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    /** The revision an editor approved: approval is of that exact text. */
    @Column(name = "approved_revision_id")
    private Long approvedRevisionId;

    /** The revision an editor last saw when returning or approving: the base of the next review's diff. */
    @Column(name = "reviewed_revision_id")
    private Long reviewedRevisionId;
    /** Copied from the template slot when the issue is laid out: a later template change leaves it be. */
    @Column(name = "words_min")
    private Integer wordsMin;

    @Column(name = "words_max")
    private Integer wordsMax;

    /** The template slot this section was made from (none for one added by hand or imported): standing content follows it. */
    @Column(name = "slot_id")
    private Long slotId;

    protected Section() {
    }

    /** A section laid out from a template slot; a carried-over slot's last approved text is its first draft. */
    static Section fromSlot(Issue issue, TemplateSlot slot, String carriedText, String by, Instant at) {
        Section section = new Section(issue, slot.getPosition(), slot.getHeading(), slot.getGuidance(), slot.isRequired(),
                slot.getWordRange(), by, at);
        section.slotId = slot.getId();
        section.body = carriedText == null ? "" : carriedText;
        return section;
    }

    Section(Issue issue, int position, String heading, String guidance, boolean required, WordRange words,
            String by, Instant at) {
        this.issue = issue;
        this.position = position;
        this.heading = heading;
        this.guidance = guidance;
        this.required = required;
        this.stateChangedAt = at;
        this.wordsMin = words.min();
        this.wordsMax = words.max();
        touch(by, at);
    }

    /** A section of a back issue brought into the archive: it went out as it is, so it comes in approved. */
    static Section imported(Issue issue, int position, String heading, String body, String by, Instant at) {
        Section section = new Section(issue, position, heading, "", false, WordRange.ANY, by, at);
        section.body = body;
        section.state = SectionState.APPROVED;
        return section;
    }

    void moveTo(SectionState next, String by, Instant at) {
        issue.requireInProduction();
        if (!state.canMoveTo(next)) {
            throw new WorkflowException("A section that is " + state.label().toLowerCase()
                    + " cannot become " + next.label().toLowerCase() + ".");
        }
        state = next;
        stateChangedAt = at;
        if (next != SectionState.APPROVED) {
            approvedRevisionId = null;
        }
        touch(by, at);
    }

    /** Records which text the editor saw when deciding; approving also ties the approval to it. */
    void markReviewed(long revisionId) {
        reviewedRevisionId = revisionId;
        if (state == SectionState.APPROVED) {
            approvedRevisionId = revisionId;
        }
    }

    void replaceBody(String newBody, String by, Instant at) {
        issue.requireInProduction();
        body = newBody;
        touch(by, at);
    }

    /** The one change a released section allows: a correction, which then goes out as a new edition. */
    void correct(String newBody, String by, Instant at) {
        if (!issue.isReleased()) {
            throw new WorkflowException("Issue " + issue.getNumber() + " is not released yet: edit the section instead of correcting it.");
        }
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

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public Long getApprovedRevisionId() {
        return approvedRevisionId;
    }

    public Long getReviewedRevisionId() {
        return reviewedRevisionId;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public String getLastChangedBy() {
        return lastChangedBy;
    }
}
