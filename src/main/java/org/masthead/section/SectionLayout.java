package org.masthead.section;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.issue.Cadence;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueCreated;
import org.masthead.issue.IssueMoved;
import org.masthead.issue.IssueService;
import org.masthead.issue.TemplateSlot;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.section.SectionEvents.SectionAssigned;
import org.masthead.section.SectionEvents.SectionDeadlineChanged;
import org.masthead.user.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lays out a new issue's sections from the template, inside the transaction that created the
 * issue (an issue never exists without its sections): each slot's default writer, who is told,
 * the writers' deadline of the cadence, and for a carried-over slot the last approved text of
 * that slot as the first draft. When an issue moves, the deadlines the cadence gave move with it.
 */
@Component
@Transactional
class SectionLayout {

    private final SectionRepository sections;
    private final IssueService issues;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SectionLayout(SectionRepository sections, IssueService issues, AuditTrail audit, CurrentUser currentUser,
                  ApplicationEventPublisher events, Clock clock) {
        this.sections = sections;
        this.issues = issues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void layOut(IssueCreated created) {
        Issue issue = issues.require(created.issueId());
        LocalDate deadline = writersDeadline(issue, issue.getPlannedRelease()).orElse(null);
        String actor = actor();
        Instant now = clock.instant();
        for (TemplateSlot slot : issue.getPublication().getSlots()) {
            String carried = slot.isCarriedOver() ? lastApprovedText(slot, issue.getId()) : "";
            Section section = Section.fromSlot(issue, slot, carried, actor, now);
            User writer = slot.getDefaultWriter();
            boolean assigned = writer != null && writer.isActive() && writer.hasRole(Role.WRITER);
            if (assigned) {
                section.assign(writer, actor, now);
            }
            if (deadline != null) {
                section.setDeadline(deadline, actor, now);
            }
            section = sections.saveAndFlush(section);
            if (assigned) {
                audit.record(AuditAction.SECTION_ASSIGNED, issue.getId(), section.getId(), null, null,
                        "to " + writer.getUsername() + " (the slot's default writer)");
                List<String> told = writer.getUsername().equals(actor) ? List.of() : List.of(writer.getUsername());
                events.publishEvent(new SectionAssigned(section.getId(), issue.getId(), actor, told));
            }
        }
    }

    /** The writers' deadlines the cadence set for the old date follow the issue; one set by hand stays. */
    @EventListener
    void follow(IssueMoved moved) {
        Issue issue = issues.require(moved.issueId());
        Optional<LocalDate> before = writersDeadline(issue, moved.from());
        Optional<LocalDate> after = writersDeadline(issue, moved.to());
        if (before.isEmpty() || after.isEmpty() || before.equals(after)) {
            return;
        }
        String actor = actor();
        for (Section section : sections.findByIssueIdOrderByPositionAsc(issue.getId())) {
            if (!Objects.equals(section.getDeadline(), before.get())) {
                continue;
            }
            section.setDeadline(after.get(), actor, clock.instant());
            audit.record(AuditAction.SECTION_DEADLINE_SET, issue.getId(), section.getId(), null, null,
                    after.get() + " (the issue moved)");
            List<String> told = section.getWriter() == null || !section.getWriter().isActive()
                    || section.isWrittenBy(actor) ? List.of() : List.of(section.getWriter().getUsername());
            events.publishEvent(new SectionDeadlineChanged(section.getId(), issue.getId(), after.get(), actor, told));
        }
    }

    private static Optional<LocalDate> writersDeadline(Issue issue, Instant release) {
        ZoneId zone = issue.getPublication().getTimeZone();
        Optional<Cadence> cadence = issue.getPublication().getCadence();
        return cadence.map(c -> c.writersDeadline(release.atZone(zone).toLocalDate(), zone).toLocalDate());
    }

    /** Standing content: the text of the slot's latest approved section in another issue, or nothing yet. */
    private String lastApprovedText(TemplateSlot slot, long issueId) {
        return sections.findApprovedOfSlot(slot.getId(), issueId, PageRequest.of(0, 1)).stream()
                .findFirst().map(Section::getBody).orElse("");
    }

    private String actor() {
        return currentUser.usernameOrDesk();
    }
}
