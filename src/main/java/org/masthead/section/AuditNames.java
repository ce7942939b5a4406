package org.masthead.section;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.masthead.audit.AuditSubjects;
import org.masthead.issue.Issue;
import org.masthead.security.CurrentUser;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the audit trail's issues, sections and people. Here because section is the lowest
 * feature that knows all three (it stands on issue and user); the trail itself knows none.
 * Names are read when shown, so a renamed heading or person reads as they are called now.
 */
@Component
@PreAuthorize(Roles.CAN_READ_AUDIT)
@Transactional(readOnly = true)
class AuditNames implements AuditSubjects {

    private final AuditNameRepository names;

    AuditNames(AuditNameRepository names) {
        this.names = names;
    }

    @Override
    public Map<Long, IssueName> issues(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : byKey(names.issueNames(ids), row -> (Long) row[0],
                row -> new IssueName((Long) row[0], (Integer) row[1], Issue.label((Integer) row[1], (String) row[2])));
    }

    @Override
    public Map<Long, String> sectionHeadings(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : byKey(names.sectionHeadings(ids), row -> (Long) row[0], row -> (String) row[1]);
    }

    /** People by the names they are known by, and the desk's own acts by the name every screen gives it. */
    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> named = byKey(names.displayNames(usernames), row -> (String) row[0], row -> (String) row[1]);
        if (usernames.contains(CurrentUser.DESK)) {
            named.put(CurrentUser.DESK, CurrentUser.DESK_NAME);
        }
        return named;
    }

    private static <K, V> Map<K, V> byKey(List<Object[]> rows, Function<Object[], K> key, Function<Object[], V> value) {
        Map<K, V> found = new HashMap<>();
        for (Object[] row : rows) {
            found.put(key.apply(row), value.apply(row));
        }
        return found;
    }
}
