package org.masthead.audit;

import java.time.Clock;
import java.util.List;
import org.masthead.security.CurrentUser;
import org.masthead.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change of state. Recording joins the caller's transaction, so an action that
 * fails leaves no line behind, and an action that succeeds always leaves one.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Open to every caller: each action records itself, whoever acts (the first administrator is
     * created before anyone can sign in). It only adds a line, inside the caller's transaction.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, Long issueId, Long sectionId, Object from, Object to, String note) {
        String actor = currentUser.usernameOrDesk();
        events.save(new AuditEvent(clock.instant(), actor, action, issueId, sectionId,
                from == null ? null : from.toString(), to == null ? null : to.toString(), note));
    }

    @PreAuthorize(Roles.CAN_READ_AUDIT)
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int limit) {
        return events.findByOrderByOccurredAtDescIdDesc(PageRequest.of(0, limit));
    }

    @PreAuthorize(Roles.CAN_READ_AUDIT)
    @Transactional(readOnly = true)
    public List<AuditEvent> ofSection(long sectionId) {
        return events.findBySectionIdOrderByIdAsc(sectionId);
    }

    @PreAuthorize(Roles.CAN_READ_AUDIT)
    @Transactional(readOnly = true)
    public List<AuditEvent> ofIssue(long issueId) {
        return events.findByIssueIdOrderByIdAsc(issueId);
    }
}
