package org.masthead.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.markdown.MarkdownFinding.Kind;

/**
 * One Markdown text rendered once, in every form readers get: sanitised HTML for pages, its
 * email variant, plain text, and what the renderer found on the way. The email and plain-text
 * forms are derived from the sanitised HTML, never from the Markdown again, so no output can
 * carry something the cleaner removed.
 */
public final class Rendering {

    private final Document sanitised;
    private final String html;
    private final List<MarkdownFinding> findings;
    private final int sourceLength;
    private String emailHtml;
    private String plainText;
    private String text;

    Rendering(Document sanitised, List<MarkdownFinding> findings, int sourceLength) {
        this.sanitised = sanitised;
        this.html = sanitised.body().html();
        this.findings = List.copyOf(findings);
        this.sourceLength = sourceLength;
    }

    /**
     * The text as plain paragraphs, for a text that could not be formatted in time: no
     * Markdown is interpreted, everything is escaped by jsoup.
     */
    static Rendering plain(MarkdownInput.Prepared input, String idPrefix) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        for (String block : input.text().split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            Element paragraph = document.body().appendElement("p");
            String[] lines = block.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    paragraph.appendElement("br");
                }
                paragraph.appendText(lines[i]);
            }
        }
        List<MarkdownFinding> findings = new ArrayList<>(input.findings());
        findings.add(MarkdownFinding.of(0, Kind.TOO_COMPLEX, ""));
        return new Rendering(Sanitiser.clean(document.body().html(), idPrefix), findings, input.sourceLength());
    }

    /** Sanitised HTML, ready to put inside a page. */
    public String html() {
        return html;
    }

    /** The same, for mail programs: inline styles of our own, no ids or in-page links. */
    public String emailHtml() {
        if (emailHtml == null) {
            emailHtml = EmailHtml.of(sanitised);
        }
        return emailHtml;
    }

    /** Plain text, wrapped at 72 columns, links as numbered references at the end. */
    public String plainText() {
        if (plainText == null) {
            plainText = PlainTextWriter.write(bodyCopy());
        }
        return plainText;
    }

    /** A copy of the sanitised body, for a writer that changes what it reads. */
    Element bodyCopy() {
        return sanitised.clone().body();
    }

    /** Words a reader reads: those of the rendered text (a link counts its words, not its address). */
    public int words() {
        // A word is a run without spaces that has a letter or digit: a lone dash is no word.
        String visible = text();
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    public boolean hasVisibleText() {
        return !text().isBlank() || sanitised.body().selectFirst("img") != null;
    }

    private String text() {
        if (text == null) {
            text = sanitised.body().text();
        }
        return text;
    }

    public List<MarkdownFinding> findings() {
        return findings;
    }

    /** Whether formatting gave up and the text is shown as plain paragraphs. */
    public boolean isPlainFallback() {
        return findings.stream().anyMatch(f -> f.kind() == Kind.TOO_COMPLEX);
    }

    /** Characters of the Markdown as given, before any cleaning or limit. */
    public int sourceLength() {
        return sourceLength;
    }
}
