package org.masthead.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EditionRepository extends JpaRepository<Edition, Long> {

    Optional<Edition> findFirstByIssueNumberOrderByEditionNoDesc(int issueNumber);

    /** The newest edition of every released issue, newest issue first. */
    @Query("select e from Edition e where e.editionNo = (select max(f.editionNo) from Edition f "
            + "where f.issueNumber = e.issueNumber) order by e.issueNumber desc")
    List<Edition> findLatestOfEachIssue();

    boolean existsByIssueId(Long issueId);
}
