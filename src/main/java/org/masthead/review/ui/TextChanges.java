package org.masthead.review.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.RenderedDiff;
import org.masthead.markdown.WordDiff;

/**
 * What changed between two texts as readers see them: the new text rendered with insertions and
 * deletions marked, what happened to link addresses in sentences below it, and the Markdown as
 * written, compared word by word, one click away ("Show Markdown"). Shows nothing when nothing
 * changed; the screen says so in its own words.
 */
class TextChanges extends Div {

    /** What a reader, or only the Markdown, would notice. */
    enum Change { NONE, MARKDOWN_ONLY, VISIBLE }

    private final Div rendered = new Div();
    private final UnorderedList links = new UnorderedList();
    private final Div markdownDiff = new Div();
    private final Details markdown = new Details("Show Markdown", markdownDiff);

    /** @param id the id of the rendered diff; its parts get it as a prefix ("-links", "-markdown") */
    TextChanges(String id) {
        rendered.setId(id);
        rendered.addClassName("preview");
        rendered.addClassName("diff");
        links.setId(id + "-links");
        links.addClassName("link-notes");
        links.getElement().setAttribute("aria-label", "Links changed");
        markdown.setId(id + "-markdown");
        markdownDiff.setId(id + "-markdown-diff");
        markdownDiff.addClassName("markdown-diff");
        add(rendered, links, markdown);
        setWidthFull();
    }

    /** Compares the two Markdown texts through the one rendering pipeline and shows the result. */
    Change show(String before, String after, MarkdownRenderer renderer) {
        clear();
        List<WordDiff.Piece> written = WordDiff.between(before, after);
        if (!WordDiff.hasChanges(written)) {
            return Change.NONE;
        }
        RenderedDiff diff = RenderedDiff.between(renderer.render(before), renderer.render(after));
        markdownDiff.add(new Html("<div>" + WordDiff.toHtml(written) + "</div>"));
        markdown.setVisible(true);
        if (!diff.hasChanges()) {
            return Change.MARKDOWN_ONLY;
        }
        rendered.add(new Html("<div>" + diff.html() + "</div>"));
        rendered.setVisible(true);
        diff.linkNotes().forEach(note -> links.add(new ListItem(note)));
        links.setVisible(!diff.linkNotes().isEmpty());
        return Change.VISIBLE;
    }

    /** Nothing to compare: every part hidden. */
    void clear() {
        rendered.removeAll();
        links.removeAll();
        markdownDiff.removeAll();
        markdown.setOpened(false);
        rendered.setVisible(false);
        links.setVisible(false);
        markdown.setVisible(false);
    }
}
