package org.masthead.section;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AutosaveRepository extends JpaRepository<Autosave, Long> {

    Optional<Autosave> findBySectionIdAndUsername(Long sectionId, String username);

    void deleteBySectionIdAndUsername(Long sectionId, String username);
}
