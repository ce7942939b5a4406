package org.masthead.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByOrderByOccurredAtDescIdDesc(Pageable page);

    List<AuditEvent> findBySectionIdOrderByIdAsc(Long sectionId);

    List<AuditEvent> findByIssueIdOrderByIdAsc(Long issueId);
}
