package org.masthead.issue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CadenceWeekRepository extends JpaRepository<CadenceWeek, Long> {

    Optional<CadenceWeek> findByPublicationIdAndReleaseDay(long publicationId, LocalDate releaseDay);

    List<CadenceWeek> findByPublicationIdAndReleaseDayBetween(long publicationId, LocalDate from, LocalDate to);

    List<CadenceWeek> findByIssueIdIn(Collection<Long> issueIds);
}
