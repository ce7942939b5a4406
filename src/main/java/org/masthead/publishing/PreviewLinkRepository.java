package org.masthead.publishing;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PreviewLinkRepository extends JpaRepository<PreviewLink, Long> {

    Optional<PreviewLink> findByToken(String token);

    /** The link, locked until the transaction ends: comments through it are counted one at a time, on every node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PreviewLink l where l.token = :token")
    Optional<PreviewLink> lockByToken(String token);

    List<PreviewLink> findByIssueIdOrderByCreatedAtDescIdDesc(Long issueId);

    /** Only the moment: an open of the page must never collide with a revoke (no version check). */
    @Modifying
    @Query("update PreviewLink l set l.lastOpenedAt = :at where l.id = :id")
    void markOpened(Long id, Instant at);
}
