package org.masthead.issue;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssueRepository extends JpaRepository<Issue, Long> {

    @Query("select coalesce(max(i.number), 0) from Issue i")
    int highestNumber();

    List<Issue> findAllByOrderByNumberDesc();

    List<Issue> findAllByOrderByNumberDesc(Pageable page);

    List<Issue> findByReleasedAtIsNotNullOrderByReleasedAtDesc(Pageable page);

    List<Issue> findByReleasedAtIsNullOrderByNumberAsc();

    boolean existsByNumber(int number);

    /** Issues planned from {@code from} (included) to {@code to} (excluded), earliest first. */
    List<Issue> findByPlannedReleaseGreaterThanEqualAndPlannedReleaseLessThanOrderByPlannedReleaseAsc(
            java.time.Instant from, java.time.Instant to);

    List<Issue> findByReleasedAtIsNullAndScheduleCancelledReasonIsNotNullOrderByNumberAsc();
}
