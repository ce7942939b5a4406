package org.masthead.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/** One line of the audit trail: who did what to which issue or section, when, from which state to which. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends AbstractEntity {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    /** Stored as the constant's name: the words rows carried before actions were typed. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "issue_id")
    private Long issueId;

    @Column(name = "section_id")
    private Long sectionId;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    private String note;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, Long issueId, Long sectionId,
               String fromState, String toState, String note) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.issueId = issueId;
        this.sectionId = sectionId;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getIssueId() {
        return issueId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }
}
