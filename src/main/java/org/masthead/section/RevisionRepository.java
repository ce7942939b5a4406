package org.masthead.section;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findBySectionIdOrderByIdAsc(Long sectionId);
}
