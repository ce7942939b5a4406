package org.masthead.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TypographicText;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether a document parsed without the autolink extension has anything that extension would
 * turn into a link. Flexmark's autolink pass reads each {@link Text} node together with the
 * {@link TypographicText} and text nodes that continue it without a gap, and finds an address
 * only where "://", "www." or "@" occurs in what it reads. This reads the same runs (and more:
 * it does not stop at spaces, nor skip code and link text), so when it finds nothing the pass
 * would have changed nothing and the two parses render alike.
 */
final class BareLinks {

    private BareLinks() {
    }

    static boolean inTextOf(Document document) {
        CharSequence base = document.getChars().getBaseSequence();
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(document);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof Text) {
                int start = node.getStartOffset();
                int end = node.getEndOffset();
                for (Node next = node.getNext(); isText(next) && next.getStartOffset() == end; next = next.getNext()) {
                    end = next.getEndOffset();
                }
                if (MarkdownRenderer.mayHoldBareLinks(base.subSequence(start, end))) {
                    return true;
                }
            }
            // Iteratively, children last first: the tree's depth is what the input limits bound, not the stack.
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
            }
        }
        return false;
    }

    private static boolean isText(Node node) {
        return node instanceof Text || node instanceof TypographicText || node instanceof TextBase;
    }
}
