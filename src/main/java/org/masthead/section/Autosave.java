package org.masthead.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.masthead.base.AbstractEntity;

/**
 * A person's unsaved text of a section, kept on the server while they type. It is theirs alone
 * and never becomes the section's body by itself: after a crash or a lost session they are
 * offered it back.
 */
@Entity
@Table(name = "autosaves")
public class Autosave extends AbstractEntity {

    @Column(name = "section_id", nullable = false, updatable = false)
    private Long sectionId;

    @Column(nullable = false, updatable = false)
    private String username;

    /** Twice a section's limit: what the column holds (an over-long text is kept, not lost). */
    static final int MAX = 2 * Section.BODY_MAX;

    @Column(nullable = false, length = MAX)
    private String body;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected Autosave() {
    }

    Autosave(Long sectionId, String username) {
        this.sectionId = sectionId;
        this.username = username;
    }

    void update(String newBody, Instant at) {
        body = newBody;
        savedAt = at;
    }

    public String getBody() {
        return body;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
