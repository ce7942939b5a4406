package org.masthead.mailing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

    Optional<Subscriber> findByPublicationIdAndAddressKey(long publicationId, String addressKey);

    long countByPublicationIdAndStatus(long publicationId, SubscriberStatus status);

    List<Subscriber> findByPublicationIdAndStatusOrderById(long publicationId, SubscriberStatus status);
}
