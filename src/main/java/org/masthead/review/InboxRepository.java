package org.masthead.review;

import java.time.Instant;
import java.util.List;
import org.masthead.review.InboxMessage.Kind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InboxRepository extends JpaRepository<InboxMessage, Long> {

    List<InboxMessage> findTop100ByRecipientOrderByIdDesc(String recipient);

    long countByRecipientAndReadAtIsNullAndSettledAtIsNull(String recipient);

    List<InboxMessage> findByRecipientAndReadAtIsNull(String recipient);

    /** The section changed hands: what earlier holders were asked no longer needs them. */
    @Modifying(flushAutomatically = true)
    @Query("update InboxMessage m set m.settledAt = :at where m.sectionId = :sectionId and m.kind = :kind"
            + " and m.settledAt is null and m.recipient <> :keep")
    int settleAboutSection(long sectionId, Kind kind, String keep, Instant at);

    /** A section of the issue left APPROVED: "ready to release", about the issue as a whole, is no longer true. */
    @Modifying(flushAutomatically = true)
    @Query("update InboxMessage m set m.settledAt = :at where m.issueId = :issueId and m.sectionId is null"
            + " and m.kind = :kind and m.settledAt is null")
    int settleAboutIssueAsAWhole(long issueId, Kind kind, Instant at);

    /** The issue was released: nothing about it asks anyone for anything any more. */
    @Modifying(flushAutomatically = true)
    @Query("update InboxMessage m set m.settledAt = :at where m.issueId = :issueId and m.kind = :kind and m.settledAt is null")
    int settleAboutIssue(long issueId, Kind kind, Instant at);

    /** The person acted on the section: their messages about it are read. */
    @Modifying(flushAutomatically = true)
    @Query("update InboxMessage m set m.readAt = :at where m.recipient = :recipient and m.sectionId = :sectionId"
            + " and m.readAt is null")
    int readAboutSection(String recipient, long sectionId, Instant at);

    /** The person acted on the issue as a whole (released it): their messages about it are read. */
    @Modifying(flushAutomatically = true)
    @Query("update InboxMessage m set m.readAt = :at where m.recipient = :recipient and m.issueId = :issueId"
            + " and m.readAt is null")
    int readAboutIssue(String recipient, long issueId, Instant at);
}
