package org.masthead.section.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.Rendering;
import org.masthead.section.ReviewNote;
import org.masthead.section.Section;
import org.masthead.section.SubmitChecks;

/**
 * What the typed text becomes as it is typed: the rendered preview with the open notes' passages
 * marked, the length counts and the submit checks. One render feeds all three, so they never disagree.
 */
class LivePreview {

    private final MarkdownRenderer markdown;
    private final SubmitChecks checks;
    private final Div preview = new Div();
    private final LengthCounts lengths = new LengthCounts();
    private final ChecksList problems = new ChecksList();
    /** Whether the writer has tried to submit: only then is an empty text an error (before, it is where they start). */
    private boolean triedToSubmit;

    LivePreview(MarkdownRenderer markdown, SubmitChecks checks) {
        this.markdown = markdown;
        this.checks = checks;
        preview.setId("preview");
        preview.addClassName("preview");
        preview.setWidthFull();
    }

    Div preview() {
        return preview;
    }

    LengthCounts lengths() {
        return lengths;
    }

    ChecksList problems() {
        return problems;
    }

    void triedToSubmit() {
        triedToSubmit = true;
    }

    /**
     * @param section    the section as last loaded, or null before it is
     * @param shownNotes the notes as last shown: their passages are marked where they stand in the typed text
     * @param checked    whether the checks apply (not to a text this person may not edit)
     */
    void show(String text, Section section, List<ReviewNote> shownNotes, boolean checked) {
        Rendering rendering = markdown.render(text);
        // Sanitised already (the marks are elements made on the server around text nodes): set as the
        // element's content directly, without parsing it once more.
        preview.getElement().setProperty("innerHTML", section == null ? rendering.html()
                : markdown.withMarks(rendering, text, PassagesShown.openOf(shownNotes, section.getBody(), text)));
        lengths.show(rendering.words());
        problems.show(section == null || !checked ? List.of() : checks.of(rendering, section.getWordRange()),
                triedToSubmit);
    }
}
