package org.masthead.section;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The names behind the audit trail's ids, a page of lines at a time: one query per kind of name. */
interface AuditNameRepository extends Repository<Section, Long> {

    @Query("select i.id, i.number, i.title from Issue i where i.id in :ids")
    List<Object[]> issueNames(Collection<Long> ids);

    @Query("select s.id, s.heading from Section s where s.id in :ids")
    List<Object[]> sectionHeadings(Collection<Long> ids);

    @Query("select u.username, u.displayName from User u where u.username in :usernames")
    List<Object[]> displayNames(Collection<String> usernames);
}
