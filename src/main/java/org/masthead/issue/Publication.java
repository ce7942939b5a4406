package org.masthead.issue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masthead.base.AbstractEntity;

/** The newsletter itself: name, tagline, standing footer and its section template. */
@Entity
@Table(name = "publications")
public class Publication extends AbstractEntity {

    /** The columns' lengths (V1), checked with a sentence before a publication is set up. */
    public static final int NAME_MAX = 200;
    public static final int TAGLINE_MAX = 500;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = TAGLINE_MAX)
    private String tagline;

    /** Markdown, shown at the end of every edition. */
    @Column(nullable = false, length = Issue.FOOTER_MAX)
    private String footer;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** Null until an editor or publisher sets the rhythm: then the next issue is made by itself. */
    @Embedded
    private Cadence cadence;

    @OneToMany(mappedBy = "publication", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TemplateSlot> slots = new ArrayList<>();

    protected Publication() {
    }

    Publication(String name, String tagline, String footer, ZoneId timeZone) {
        this.name = name;
        this.tagline = tagline;
        this.footer = footer;
        this.timeZone = timeZone.getId();
    }

    void addSlot(String heading, String guidance, boolean required, WordRange words) {
        slots.add(new TemplateSlot(this, slots.size(), heading, guidance, required, words));
    }

    public String getName() {
        return name;
    }

    public String getTagline() {
        return tagline;
    }

    public String getFooter() {
        return footer;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    /** The publication's rhythm, once set. */
    public Optional<Cadence> getCadence() {
        return Optional.ofNullable(cadence).filter(Cadence::isComplete);
    }

    void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public List<TemplateSlot> getSlots() {
        return List.copyOf(slots);
    }
}
