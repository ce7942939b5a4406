package org.masthead.publishing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * A hit's snippet as HTML: the passages of its text around the matched words, every character
 * escaped (an edition's plain text is text: "&lt;script&gt;" in it is something a writer wrote about),
 * the matched words in {@code <mark>}, an ellipsis where text was left out.
 */
final class MarkedSnippets extends PassageFormatter {

    private static final String GAP = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int shownUpTo = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > shownUpTo) {
                html.append(html.isEmpty() ? GAP + " " : " " + GAP + " ");
            }
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(pos, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                // Matches can overlap (a phrase and a word of it): one mark over all of them.
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                end = Math.min(end, passage.getEndOffset());
                if (end <= start) {
                    continue;
                }
                html.append(text(content, pos, start)).append("<mark>").append(text(content, start, end)).append("</mark>");
                pos = end;
            }
            html.append(text(content, pos, Math.max(pos, passage.getEndOffset())));
            shownUpTo = passage.getEndOffset();
        }
        if (shownUpTo < content.length() && !html.isEmpty()) {
            html.append(' ').append(GAP);
        }
        return html.toString();
    }

    /** The content between the offsets, escaped, its line breaks as the spaces a browser would show anyway. */
    private static String text(String content, int from, int to) {
        return htmlEscape(content.substring(from, to).replaceAll("\\s+", " "));
    }
}
