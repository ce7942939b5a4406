package org.masthead.section;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findBySectionIdOrderByIdAsc(Long sectionId);

    Optional<Revision> findTopBySectionIdOrderByIdDesc(Long sectionId);
}
