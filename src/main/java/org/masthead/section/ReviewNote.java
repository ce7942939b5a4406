package org.masthead.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.masthead.base.AbstractEntity;
import org.masthead.markdown.SourceRange;

/**
 * An editor's comment on a section (why it was returned or reopened, or a note on one passage of
 * it), a writer's answer, or a comment from an outside reader of a preview link (its author is the
 * name they gave, followed by {@value #THROUGH_PREVIEW_LINK}: no account stands behind it). A note on
 * a passage holds where the passage stands in the current body and the words the editor selected;
 * the place follows the writer's edits.
 */
@Entity
@Table(name = "review_notes")
public class ReviewNote extends AbstractEntity {

    public enum Kind { RETURNED, REOPENED, ANSWER, PREVIEW_COMMENT, PASSAGE }

    /** What follows an outside reader's name, so nobody takes it for a person at the desk. */
    public static final String THROUGH_PREVIEW_LINK = " (preview link)";
    /** The longest name an outside reader can give: with {@link #THROUGH_PREVIEW_LINK}, it fits the author column. */
    public static final int OUTSIDE_NAME_MAX = 40;
    /** The longest quote kept of a selected passage; a longer one is kept shortened. */
    public static final int QUOTE_MAX = 500;

    @Column(name = "section_id", nullable = false, updatable = false)
    private Long sectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "passage_start")
    private Integer passageStart;

    @Column(name = "passage_end")
    private Integer passageEnd;

    @Column(name = "passage_quote", length = QUOTE_MAX)
    private String passageQuote;

    /** The passage's words were all deleted: the note stays readable, with its quote. */
    @Column(name = "passage_gone", nullable = false)
    private boolean passageGone;

    protected ReviewNote() {
    }

    ReviewNote(Long sectionId, Kind kind, String author, String body, Instant createdAt) {
        this.sectionId = sectionId;
        this.kind = kind;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** An editor's note on a passage of the body. */
    static ReviewNote onPassage(Long sectionId, String author, String body, SourceRange passage, String quote,
                                Instant createdAt) {
        ReviewNote note = new ReviewNote(sectionId, Kind.PASSAGE, author, body, createdAt);
        note.passageStart = passage.start();
        note.passageEnd = passage.end();
        note.passageQuote = quote;
        return note;
    }

    /** Selected words as a note quotes them: on one line, shortened to {@link #QUOTE_MAX} characters. */
    public static String quoteShown(String selected) {
        String line = selected.strip().replaceAll("\\s+", " ");
        return line.length() <= QUOTE_MAX ? line : line.substring(0, QUOTE_MAX - 1) + "\u2026";
    }

    /** Where the passage stands in the current body; empty for a note on the whole section, or a passage that is gone. */
    public Optional<SourceRange> passage() {
        return passageStart == null || passageGone ? Optional.empty() : Optional.of(new SourceRange(passageStart, passageEnd));
    }

    public boolean isOnPassage() {
        return kind == Kind.PASSAGE;
    }

    /** The words the editor selected, as the page showed them. */
    public String getPassageQuote() {
        return passageQuote;
    }

    public boolean isPassageGone() {
        return passageGone;
    }

    /** The body changed: the passage stands here now, or (null) it is gone. */
    void movePassage(SourceRange now) {
        if (now == null) {
            passageGone = true;
        } else {
            passageStart = now.start();
            passageEnd = now.end();
        }
    }

    public Long getSectionId() {
        return sectionId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    /** An editor's note the writer has not yet marked as dealt with. */
    public boolean isOpen() {
        return kind != Kind.ANSWER && resolvedAt == null;
    }

    void resolve(String by, Instant at) {
        resolvedBy = by;
        resolvedAt = at;
    }
}
