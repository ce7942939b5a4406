package org.masthead.mailing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SubscriberRepository extends JpaRepository<Subscriber, Long>, JpaSpecificationExecutor<Subscriber> {

    Optional<Subscriber> findByPublicationIdAndAddressKey(long publicationId, String addressKey);

    long countByPublicationIdAndStatus(long publicationId, SubscriberStatus status);

    List<Subscriber> findByPublicationIdAndStatusOrderById(long publicationId, SubscriberStatus status);

    /** How many subscribers each status has: one row per status present, as (status, count). */
    @Query("select s.status, count(s) from Subscriber s where s.publicationId = ?1 group by s.status")
    List<Object[]> countByStatus(long publicationId);

    /** Every address on the list with where it stands, for an import to sort its rows by. */
    @Query("select s.addressKey, s.status from Subscriber s where s.publicationId = ?1")
    List<Object[]> statusByAddressKey(long publicationId);

    /** The list in the order of their ids, a page at a time: an export never holds the whole list. */
    List<Subscriber> findByPublicationIdAndIdGreaterThanOrderById(long publicationId, long afterId, Pageable page);
}
