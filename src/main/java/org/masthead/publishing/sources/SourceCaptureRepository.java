package org.masthead.publishing.sources;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceCaptureRepository extends JpaRepository<SourceCapture, Long> {

    List<SourceCapture> findByIssueIdOrderBySourceNoAsc(Long issueId);

    List<SourceCapture> findByIssueIdAndStateOrderBySourceNoAsc(Long issueId, CaptureState state);

    Optional<SourceCapture> findByIssueNumberAndSourceNo(int issueNumber, int sourceNo);

    List<SourceCapture> findByIssueNumberOrderBySourceNoAsc(int issueNumber);

    @Query("select c from SourceCapture c where c.state <> org.masthead.publishing.sources.CaptureState.PENDING"
            + " and coalesce(c.lastCheckedAt, c.capturedAt) < :before order by coalesce(c.lastCheckedAt, c.capturedAt) asc, c.id asc")
    List<SourceCapture> dueForCheck(java.time.Instant before, org.springframework.data.domain.Pageable page);

    @Query("select c from SourceCapture c where c.offlineSince is not null and c.lastCheckedAt >= :since order by c.offlineSince desc")
    List<SourceCapture> wentOfflineSince(java.time.Instant since);
}
