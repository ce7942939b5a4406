package org.masthead.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.masthead.base.AbstractEntity;
import org.masthead.user.User;

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

    @Column(name = "words_min")
    private Integer wordsMin;

    @Column(name = "words_max")
    private Integer wordsMax;

    /** Who writes this slot unless the editor says otherwise: the new issue's section is theirs, and they are told. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "default_writer_id")
    private User defaultWriter;

    /** Standing content: a new issue's section starts from the last approved text of this slot. */
    @Column(name = "carried_over", nullable = false)
    private boolean carriedOver;

    protected TemplateSlot() {
    }

    TemplateSlot(Publication publication, int position, String heading, String guidance, boolean required, WordRange words) {
        this.publication = publication;
        this.position = position;
        this.heading = heading;
        this.guidance = guidance;
        this.required = required;
        this.wordsMin = words.min();
        this.wordsMax = words.max();
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

    /** The length the guidance suggests; the section made from this slot copies it. */
    public WordRange getWordRange() {
        return new WordRange(wordsMin, wordsMax);
    }

    public User getDefaultWriter() {
        return defaultWriter;
    }

    public boolean isCarriedOver() {
        return carriedOver;
    }

    void setDefaults(User writer, boolean carryOver) {
        this.defaultWriter = writer;
        this.carriedOver = carryOver;
    }
}
