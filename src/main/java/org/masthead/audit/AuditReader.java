package org.masthead.audit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.masthead.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the trail a page at a time, newest first, with the names its lines are shown by. Kept
 * apart from {@link AuditTrail}: every feature records through that, and the names come from
 * {@link AuditSubjects}, implemented by a feature that itself records; one bean doing both would
 * need itself to be made.
 */
@Service
@PreAuthorize(Roles.CAN_READ_AUDIT)
@Transactional(readOnly = true)
public class AuditReader {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEventRepository events;
    private final AuditSubjects subjects;

    AuditReader(AuditEventRepository events, AuditSubjects subjects) {
        this.events = events;
        this.subjects = subjects;
    }

    /** One page of the lines the filter matches, newest first, named in one query per kind of name. */
    public List<AuditLine> page(AuditFilter filter, Pageable page) {
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        List<AuditEvent> found = events.findAll(matching(filter), newestFirst).getContent();
        return named(found);
    }

    /** How many lines the filter matches: the grid's count query. */
    public long count(AuditFilter filter) {
        return events.count(matching(filter));
    }

    /** The issues and people the filters offer: those the trail mentions, issues newest first. */
    public AuditChoices choices() {
        List<AuditSubjects.IssueName> issues = subjects.issues(events.issuesMentioned()).values().stream()
                .sorted(Comparator.comparingInt(AuditSubjects.IssueName::number).reversed()).toList();
        List<String> actors = events.actors();
        Map<String, String> names = subjects.displayNames(actors);
        List<AuditSubjects.Person> people = actors.stream()
                .map(username -> new AuditSubjects.Person(username, names.getOrDefault(username, username)))
                .sorted(Comparator.comparing(AuditSubjects.Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new AuditChoices(issues, people);
    }

    private List<AuditLine> named(List<AuditEvent> found) {
        Set<Long> issueIds = ids(found.stream().map(AuditEvent::getIssueId).toList());
        Set<Long> sectionIds = ids(found.stream().map(AuditEvent::getSectionId).toList());
        Set<String> usernames = new HashSet<>();
        for (AuditEvent event : found) {
            usernames.add(event.getActor());
            if (event.getAction().noteIsAPerson() && event.getNote() != null) {
                usernames.add(event.getNote());
            }
        }
        Map<Long, AuditSubjects.IssueName> issues = issueIds.isEmpty() ? Map.of() : subjects.issues(issueIds);
        Map<Long, String> headings = sectionIds.isEmpty() ? Map.of() : subjects.sectionHeadings(sectionIds);
        Map<String, String> people = usernames.isEmpty() ? Map.of() : subjects.displayNames(usernames);
        return found.stream().map(event -> new AuditLine(event,
                people.getOrDefault(event.getActor(), event.getActor()),
                event.getIssueId() == null ? null : issues.get(event.getIssueId()),
                event.getSectionId() == null ? null : headings.get(event.getSectionId()),
                event.getAction().noteIsAPerson() && event.getNote() != null
                        ? people.getOrDefault(event.getNote(), event.getNote()) : null)).toList();
    }

    private static <T> Set<T> ids(Collection<T> values) {
        return values.stream().filter(v -> v != null).collect(Collectors.toSet());
    }

    private static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> parts = new ArrayList<>();
            if (filter.issueId() != null) {
                parts.add(cb.equal(root.get("issueId"), filter.issueId()));
            }
            if (filter.actor() != null) {
                parts.add(cb.equal(root.get("actor"), filter.actor()));
            }
            if (filter.action() != null) {
                parts.add(cb.equal(root.get("action"), filter.action()));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }
}
