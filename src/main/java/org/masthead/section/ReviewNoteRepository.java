package org.masthead.section;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewNoteRepository extends JpaRepository<ReviewNote, Long> {

    List<ReviewNote> findBySectionIdOrderByIdAsc(Long sectionId);
}
