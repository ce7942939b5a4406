package org.masthead.markdown;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.masthead.base.WorkflowException;

/**
 * "Paste from a document": HTML copied from a word processor or a web page, turned into the
 * Markdown the renderer reads. The HTML is cleaned by an allow-list first (scripts, styles,
 * event handlers and unsafe links never reach the converter), then Flexmark's own converter
 * writes Markdown. What word processors say with styles rather than tags (Google Docs' bold
 * spans, Word's list paragraphs) is turned into tags before cleaning, and headings move two
 * levels down, since a section's own heading is the second level of an edition.
 */
public class PastedDocument {

    /** More than this is not a document to paste into one section (Word's HTML is verbose: about ten times its text). */
    public static final int PASTE_MAX = 2_000_000;

    private static final Pattern BOLD = Pattern.compile("font-weight\\s*:\\s*(bold|[6-9]00)");
    private static final Pattern NOT_BOLD = Pattern.compile("font-weight\\s*:\\s*(normal|[1-4]00)");
    private static final Pattern ITALIC = Pattern.compile("font-style\\s*:\\s*italic");
    private static final Pattern WORD_LIST = Pattern.compile("mso-list\\s*:\\s*l\\d");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\(?[0-9a-zA-Z]{1,3}[.)]\\s*");
    private static final Pattern BULLET = Pattern.compile("^\\s*[·•o§▪\\-–]\\s*");

    /** A quote straight after a paragraph line: valid Markdown, easier to read with a blank line between. */
    private static final Pattern QUOTE_AFTER_TEXT = Pattern.compile("(?m)^([^>\\n].*)\\n(?=> )");

    private static final Safelist PASTE = Safelist.none()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "del", "s", "strike",
                    "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(false);

    private final FlexmarkHtmlConverter converter;

    public PastedDocument() {
        DataHolder options = new MutableDataSet()
                .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
                .set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true)
                .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
                .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
                .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
                .set(FlexmarkHtmlConverter.NBSP_TEXT, " ")
                .set(FlexmarkHtmlConverter.LISTS_END_ON_DOUBLE_BLANK, false)
                .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')
                .set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---")
                .set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false)
                .toImmutable();
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** Markdown for pasted HTML; plain text (no tags) keeps its paragraphs and line breaks. */
    public String toMarkdown(String pasted) {
        String source = pasted == null ? "" : pasted;
        if (source.length() > PASTE_MAX) {
            throw new WorkflowException("That is too much to paste at once (" + source.length()
                    + " characters). Paste it in parts.");
        }
        Document document = looksLikeHtml(source) ? Jsoup.parse(source) : fromPlainText(source);
        translateStyles(document);
        dropEmptyParagraphs(document);
        joinWordLists(document);
        demoteHeadings(document);
        Document clean = new Cleaner(PASTE).clean(document);
        String markdown = converter.convert(clean.body().html());
        return QUOTE_AFTER_TEXT.matcher(TextHygiene.clean(markdown).replace('\u00A0', ' ')).replaceAll("$1\n\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean looksLikeHtml(String text) {
        return Pattern.compile("<(html|body|p|div|span|br|h[1-6]|ul|ol|li|table|b|i|strong|em|a)[\\s>/]",
                Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static Document fromPlainText(String text) {
        Document document = Document.createShell("");
        for (String block : TextHygiene.clean(text).split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            // Lines of plain text are often wrapped by the program it came from: they join into one paragraph.
            document.body().appendElement("p").appendText(block.strip());
        }
        return document;
    }

    /** Bold and italic said with styles become tags; Google Docs' bold wrapper that is not bold goes. */
    private static void translateStyles(Document document) {
        for (Element styled : document.select("[style]")) {
            String style = styled.attr("style").toLowerCase();
            if (styled.normalName().equals("b") && NOT_BOLD.matcher(style).find()) {
                styled.unwrap();
                continue;
            }
            if (styled.normalName().equals("span")) {
                if (BOLD.matcher(style).find()) {
                    styled.wrap("<strong></strong>");
                }
                if (ITALIC.matcher(style).find()) {
                    styled.wrap("<em></em>");
                }
            }
        }
    }

    /**
     * Word processors mark a blank line with an empty paragraph (Google Docs: {@code <p><br></p>})
     * or a bare line break between paragraphs; the converter would write those as a literal
     * {@code <br />} that readers see. Paragraphs already part, so such blank lines go.
     */
    private static void dropEmptyParagraphs(Document document) {
        for (Element block : document.select("p, h1, h2, h3, h4, h5, h6")) {
            if (block.text().isBlank() && block.selectFirst("img") == null) {
                block.remove();
            }
        }
        for (Element lineBreak : document.select("br")) {
            if (partsNothing(neighbour(lineBreak, false)) && partsNothing(neighbour(lineBreak, true))) {
                lineBreak.remove();
            }
        }
    }

    /** The nearest node before or after this one, blank text and other breaks skipped, looking out of inline elements such as Google Docs' spans. */
    private static Node neighbour(Node node, boolean after) {
        Node next = after ? node.nextSibling() : node.previousSibling();
        while (next instanceof TextNode text && text.isBlank() || next instanceof Element e && e.normalName().equals("br")) {
            next = after ? next.nextSibling() : next.previousSibling();
        }
        if (next == null && node.parent() instanceof Element parent && !parent.isBlock() && !parent.normalName().equals("body")) {
            return neighbour(parent, after);
        }
        return next;
    }

    /** Whether a line break next to this node ends no line of text: nothing is there, or a block is. */
    private static boolean partsNothing(Node neighbour) {
        return neighbour == null || neighbour instanceof Element element
                && (element.isBlock() || element.selectFirst("p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote") != null);
    }

    /** Word writes list items as paragraphs styled "mso-list" with a typed bullet: make them a list again. */
    private static void joinWordLists(Document document) {
        Element list = null;
        for (Element paragraph : document.select("p")) {
            if (!WORD_LIST.matcher(paragraph.attr("style").toLowerCase()).find()) {
                list = null;
                continue;
            }
            String text = paragraph.text();
            boolean numbered = NUMBERED.matcher(text).find() && !BULLET.matcher(text).find();
            if (list == null || paragraph.previousElementSibling() != list) {
                list = new Element(numbered ? "ol" : "ul");
                paragraph.before(list);
            }
            Element item = list.appendElement("li");
            item.appendChildren(paragraph.childNodesCopy());
            paragraph.remove();
            stripMarker(item, numbered ? NUMBERED : BULLET);
        }
    }

    private static void stripMarker(Element item, Pattern marker) {
        item.select("span[style*=mso-list]").remove();
        for (TextNode text : item.textNodes()) {
            if (!text.isBlank()) {
                text.text(marker.matcher(text.getWholeText()).replaceFirst(""));
                return;
            }
        }
    }

    private static void demoteHeadings(Document document) {
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.normalName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + 2));
        }
    }
}
