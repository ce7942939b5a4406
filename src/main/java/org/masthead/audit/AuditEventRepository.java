package org.masthead.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findByOrderByOccurredAtDescIdDesc(Pageable page);

    List<AuditEvent> findBySectionIdOrderByIdAsc(Long sectionId);

    List<AuditEvent> findByIssueIdOrderByIdAsc(Long issueId);

    @Query("select distinct e.issueId from AuditEvent e where e.issueId is not null")
    List<Long> issuesMentioned();

    @Query("select distinct e.actor from AuditEvent e")
    List<String> actors();
}
