package org.masthead.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The names behind the ids and usernames an audit line keeps. The audit trail is used by every
 * feature and may know none of them, so this port is declared here and implemented by the
 * feature that knows issues, sections and people. Each method answers a whole page at once, in
 * one query, never one row at a time.
 */
public interface AuditSubjects {

    /** Issues by id; ids of issues that no longer exist are left out. */
    Map<Long, IssueName> issues(Collection<Long> ids);

    /** Section headings by section id. */
    Map<Long, String> sectionHeadings(Collection<Long> ids);

    /** Display names by username. */
    Map<String, String> displayNames(Collection<String> usernames);

    /** An issue as the desk names it ("No. 2: Spring budget"), by the issue feature's rule. */
    record IssueName(long id, int number, String words) {
    }

    /** Someone who appears in the trail, by username and by the name people know them by. */
    record Person(String username, String displayName) {
    }
}
