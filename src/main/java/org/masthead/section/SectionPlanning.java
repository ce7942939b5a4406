package org.masthead.section;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.issue.WordRange;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.Roles;
import org.masthead.user.User;
import org.masthead.user.UserService;
import org.masthead.section.SectionEvents.SectionAssigned;
import org.masthead.section.SectionEvents.SectionDeadlineChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning an issue's sections: add, drop, reorder, assign, set deadlines ({@link SectionLayout} lays them out from the template). */
@Service
@Transactional
public class SectionPlanning {

    private final SectionRepository sections;
    private final IssueService issues;
    private final UserService users;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NextHolders nextHolders;
    private final ApplicationEventPublisher events;

    SectionPlanning(SectionRepository sections, IssueService issues, UserService users, AuditTrail audit,
                    CurrentUser currentUser, Clock clock, NextHolders nextHolders, ApplicationEventPublisher events) {
        this.nextHolders = nextHolders;
        this.events = events;
        this.sections = sections;
        this.issues = issues;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.CAN_PLAN)
    public Section add(long issueId, String heading) {
        Issue issue = issues.require(issueId);
        issue.requireInProduction();
        String clean = heading == null ? "" : heading.strip();
        if (clean.isEmpty() || clean.length() > Section.HEADING_MAX) {
            throw new WorkflowException("Give the section a heading of at most " + Section.HEADING_MAX + " characters.");
        }
        int position = sections.findByIssueIdOrderByPositionAsc(issueId).stream()
                .mapToInt(Section::getPosition).max().orElse(-1) + 1;
        Section section = sections.save(new Section(issue, position, clean, "", false, WordRange.ANY, actor(), clock.instant()));
        audit.record(AuditAction.SECTION_ADDED, issueId, section.getId(), null, section.getState(), clean);
        return section;
    }

    @PreAuthorize(Roles.CAN_PLAN)
    public Section drop(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        if (section.isRequired()) {
            throw new WorkflowException("\"" + section.getHeading() + "\" is required by the template and cannot be dropped.");
        }
        section.setDropped(true, actor(), clock.instant());
        audit.record(AuditAction.SECTION_DROPPED, section.getIssue().getId(), sectionId, null, null, section.getHeading());
        return sections.saveAndFlush(section);
    }

    @PreAuthorize(Roles.CAN_PLAN)
    public Section restore(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        section.setDropped(false, actor(), clock.instant());
        audit.record(AuditAction.SECTION_RESTORED, section.getIssue().getId(), sectionId, null, null, section.getHeading());
        return sections.saveAndFlush(section);
    }

    /** Moves a section one place up (negative) or down (positive) within its issue. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void move(long sectionId, int direction) {
        Section section = SectionService.find(sections, sectionId);
        List<Section> ordered = sections.findByIssueIdOrderByPositionAsc(section.getIssue().getId());
        int index = ordered.indexOf(section);
        int target = index + Integer.signum(direction);
        if (direction == 0 || target < 0 || target >= ordered.size()) {
            throw new WorkflowException("\"" + section.getHeading() + "\" cannot move further that way.");
        }
        Section neighbour = ordered.get(target);
        int position = section.getPosition();
        section.setPosition(neighbour.getPosition());
        neighbour.setPosition(position);
        audit.record(AuditAction.SECTION_MOVED, section.getIssue().getId(), sectionId, null, null,
                section.getHeading() + (direction < 0 ? " up" : " down"));
    }

    @PreAuthorize(Roles.CAN_PLAN)
    public Section assign(long sectionId, long writerId) {
        Section section = SectionService.find(sections, sectionId);
        User writer = users.require(writerId);
        if (!writer.isActive() || !writer.hasRole(Role.WRITER)) {
            throw new WorkflowException(writer.getDisplayName() + " is not an active writer.");
        }
        boolean news = section.getWriter() == null || !section.getWriter().getId().equals(writer.getId());
        section.assign(writer, actor(), clock.instant());
        audit.record(AuditAction.SECTION_ASSIGNED, section.getIssue().getId(), sectionId, null, null,
                "to " + writer.getUsername());
        if (news) {
            events.publishEvent(new SectionAssigned(sectionId, section.getIssue().getId(), actor(),
                    new Handover(section, nextHolders.writerOf(section, actor())).usernames()));
        }
        return sections.saveAndFlush(section);
    }

    @PreAuthorize(Roles.CAN_PLAN)
    public Section setDeadline(long sectionId, LocalDate deadline) {
        Section section = SectionService.find(sections, sectionId);
        boolean news = !Objects.equals(section.getDeadline(), deadline);
        section.setDeadline(deadline, actor(), clock.instant());
        audit.record(AuditAction.SECTION_DEADLINE_SET, section.getIssue().getId(), sectionId, null, null,
                deadline == null ? "no deadline" : deadline.toString());
        if (news) {
            events.publishEvent(new SectionDeadlineChanged(sectionId, section.getIssue().getId(), deadline, actor(),
                    new Handover(section, nextHolders.writerOf(section, actor())).usernames()));
        }
        return sections.saveAndFlush(section);
    }

    private String actor() {
        return currentUser.usernameOrDesk();
    }
}
