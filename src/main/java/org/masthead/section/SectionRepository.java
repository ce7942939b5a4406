package org.masthead.section;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SectionRepository extends JpaRepository<Section, Long> {

    List<Section> findByIssueIdOrderByPositionAsc(Long issueId);

    @Query("select s from Section s where s.writer.username = :username and s.issue.releasedAt is null "
            + "and s.dropped = false order by s.deadline asc nulls last, s.issue.number asc, s.position asc")
    List<Section> findInProductionWrittenBy(String username);

    @Query("select s from Section s where s.state = :state and s.issue.releasedAt is null "
            + "and s.dropped = false order by s.stateChangedAt asc")
    List<Section> findInProductionByStateOldestFirst(SectionState state);
}
