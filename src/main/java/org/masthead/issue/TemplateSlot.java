package org.masthead.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.masthead.base.AbstractEntity;

/** One slot of the section template: every new issue gets a section for it. */
@Entity
@Table(name = "template_slots")
public class TemplateSlot extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String heading;

    /** A line for the writer: what goes in this section and how long it should be. */
    @Column(nullable = false)
    private String guidance;

    private boolean required;

    protected TemplateSlot() {
    }

    TemplateSlot(Publication publication, int position, String heading, String guidance, boolean required) {
        this.publication = publication;
        this.position = position;
        this.heading = heading;
        this.guidance = guidance;
        this.required = required;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getGuidance() {
        return guidance;
    }

    public boolean isRequired() {
        return required;
    }
}
