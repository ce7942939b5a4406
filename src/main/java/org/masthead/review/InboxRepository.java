package org.masthead.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboxRepository extends JpaRepository<InboxMessage, Long> {

    List<InboxMessage> findTop100ByRecipientOrderByIdDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<InboxMessage> findByRecipientAndReadAtIsNull(String recipient);
}
