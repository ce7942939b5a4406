package org.masthead.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Several rendered texts as one plain-text document, such as an issue: the texts (each rendered
 * on its own, as the web page renders each section on its own, so no length of the whole cuts
 * any of them) between headings written as typed, and one list of link references at the end,
 * numbered on from text to text as a reader reads them.
 */
public final class PlainTextDocument {

    private final PlainTextWriter writer = new PlainTextWriter();
    private final List<String> lines = new ArrayList<>();

    /** The document's title, exactly as typed (never read as Markdown), over a line of "=". */
    public PlainTextDocument title(String typed) {
        return typed == null || typed.isBlank() ? this : block(PlainTextWriter.underlinedHeading(typed, true));
    }

    /** A section heading, exactly as typed (never read as Markdown), over a line of "-". */
    public PlainTextDocument heading(String typed) {
        return block(PlainTextWriter.underlinedHeading(typed, false));
    }

    /** A rendered text, as {@link Rendering#plainText()} writes it, its links numbered on from the texts before. */
    public PlainTextDocument text(Rendering rendering) {
        return block(writer.lines(rendering.bodyCopy()));
    }

    /** A break between parts, as a thematic break reads in plain text. */
    public PlainTextDocument rule() {
        return block(List.of("* * *"));
    }

    /** The document, ending with the references of every link in it and a line break. */
    public String write() {
        List<String> all = new ArrayList<>(lines);
        all.addAll(writer.references());
        return all.isEmpty() ? "" : String.join("\n", all) + "\n";
    }

    private PlainTextDocument block(List<String> block) {
        if (!block.isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(block);
        }
        return this;
    }
}
