package org.masthead.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.masthead.markdown.MarkdownFinding.Kind;

/**
 * Walks the parsed Markdown (iteratively: its depth is what we guard against) to bound its
 * nesting and to report links, images and formatting left open, each with its source line.
 */
final class MarkdownInspector {

    /** Nodes deeper than this are shown as their source text: ten nested lists are about 25 deep. */
    static final int MAX_DEPTH = 48;

    private final Document document;
    private final MarkdownInput.Prepared input;
    private final List<MarkdownFinding> findings;
    private final Set<String> reported = new HashSet<>();
    /** Offsets where each line starts: Flexmark's own line lookup scans from the start every time. */
    private final int[] lineStarts;

    private MarkdownInspector(Document document, MarkdownInput.Prepared input, List<MarkdownFinding> findings) {
        this.document = document;
        this.input = input;
        this.findings = findings;
        this.lineStarts = lineStarts(document.getChars());
    }

    private static int[] lineStarts(CharSequence text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /** Bounds the tree's depth and adds what it finds to {@code findings}, in one pass. */
    static void inspect(Document document, MarkdownInput.Prepared input, List<MarkdownFinding> findings) {
        new MarkdownInspector(document, input, findings).walk();
    }

    /**
     * Depth first, in document order. A node at {@link #MAX_DEPTH} with children is replaced by
     * its source text before anything below it is visited or rendered.
     */
    private void walk() {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth >= MAX_DEPTH && node.hasChildren()) {
                once(line(node), Kind.NESTING_CUT, String.valueOf(MarkdownInput.MAX_NESTING), "");
                replaceBySource(node);
                continue;
            }
            if (isVerbatim(node)) {
                continue;
            }
            visit(node);
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }

    private static void replaceBySource(Node node) {
        Text text = new Text(node.getChars());
        if (node instanceof Block) {
            Paragraph paragraph = new Paragraph(node.getChars());
            paragraph.appendChild(text);
            node.insertBefore(paragraph);
        } else {
            node.insertBefore(text);
        }
        node.unlink();
    }

    private static boolean isVerbatim(Node node) {
        return node instanceof Code || node instanceof CodeBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof HtmlInline || node instanceof HtmlBlock;
    }

    private void visit(Node node) {
        if (node instanceof Link link) {
            add(line(node), Kind.LINK, link.getUrl().unescape(), link.getText().toString());
        } else if (node instanceof AutoLink link) {
            add(line(node), Kind.LINK, asRendered(link.getUrl().unescape()), link.getText().toString());
        } else if (node instanceof MailLink mail) {
            add(line(node), Kind.LINK, "mailto:" + mail.getText(), mail.getText().toString());
        } else if (node instanceof Image image) {
            add(line(node), Kind.IMAGE, image.getUrl().unescape(), image.getText().toString());
        } else if (node instanceof ImageRef image) {
            Reference reference = image.isDefined() ? image.getReferenceNode(document) : null;
            add(line(node), Kind.IMAGE, reference == null ? "" : reference.getUrl().unescape(), image.getText().toString());
        } else if (node instanceof LinkRef ref) {
            visitReference(ref);
        } else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
            add(line(node), Kind.UNDEFINED_FOOTNOTE, footnote.getText().toString(), "");
        } else if (node instanceof Text) {
            findOpenDelimiters(node);
        }
    }

    /** A bare "www." address is rendered as an http:// link: report the address readers get. */
    private static String asRendered(String autolink) {
        return autolink.regionMatches(true, 0, "www.", 0, 4) ? "http://" + autolink : autolink;
    }

    private void visitReference(LinkRef ref) {
        String text = ref.getText().isBlank() ? ref.getReference().toString() : ref.getText().toString();
        if (ref.isDefined()) {
            Reference reference = ref.getReferenceNode(document);
            add(line(ref), Kind.LINK, reference == null ? "" : reference.getUrl().unescape(), text);
        } else if (!ref.getText().isBlank()) {
            add(line(ref), Kind.UNDEFINED_REFERENCE, ref.getReference().toString(), text);
        } else if (followedByParenthesis(ref)) {
            // "[a] (b)" or "[a](b c)": meant as a link, read as brackets.
            add(line(ref), Kind.BROKEN_LINK, "", text);
        }
    }

    private static boolean followedByParenthesis(Node node) {
        BasedSequence chars = node.getChars();
        BasedSequence base = chars.getBaseSequence();
        int i = chars.getEndOffset();
        while (i < base.length() && (base.charAt(i) == ' ' || base.charAt(i) == '\t')) {
            i++;
        }
        return i < base.length() && base.charAt(i) == '(';
    }

    /**
     * Delimiters that survive as text were never matched: "**" with no closing pair, a lone
     * backtick, "~~". A single * or _ counts only where it touches a word on one side, so
     * "2 * 3" and snake_case stay quiet.
     */
    private void findOpenDelimiters(Node node) {
        BasedSequence chars = node.getChars();
        BasedSequence base = chars.getBaseSequence();
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        for (int i = start; i < end; i++) {
            char c = base.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if ("*_~`".indexOf(c) < 0) {
                continue;
            }
            int run = i;
            while (run < end && base.charAt(run) == c) {
                run++;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(base.charAt(i - 1));
            boolean spaceAfter = run >= base.length() || Character.isWhitespace(base.charAt(run));
            String delimiter = base.subSequence(i, run).toString();
            boolean open = switch (c) {
                case '`' -> true;
                case '~' -> run - i >= 2;
                default -> spaceBefore != spaceAfter;
            };
            if (open) {
                once(line(i), Kind.UNCLOSED_FORMATTING, delimiter, "");
            }
            i = run - 1;
        }
    }

    private int line(Node node) {
        return line(node.getStartOffset());
    }

    private int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return input.sourceLine(found >= 0 ? found : -found - 2);
    }

    private void add(int line, Kind kind, String detail, String text) {
        findings.add(new MarkdownFinding(line, kind, detail, text));
    }

    private void once(int line, Kind kind, String detail, String text) {
        if (reported.add(line + " " + kind + " " + detail)) {
            add(line, kind, detail, text);
        }
    }
}
