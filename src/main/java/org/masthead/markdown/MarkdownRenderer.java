package org.masthead.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Duration;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one way Markdown becomes something readers see in Masthead: the editor's live preview,
 * the review screen, the web edition, the email edition, the feed and the plain-text edition
 * all come from {@link #render}, so what was approved is what readers get.
 *
 * <p>The pipeline: {@link MarkdownInput} bounds the text (size, nesting, paragraph length) and
 * drops control characters; Flexmark parses it with the extensions a briefing needs (tables,
 * strikethrough, autolinks, footnotes, typographic quotes and dashes, heading anchors), with
 * raw HTML escaped, i.e. shown as the text the writer typed; the HTML then passes jsoup's
 * allow-list cleaner ({@link Sanitiser}); email HTML and plain text are derived from that.
 * The whole render runs within a time budget ({@link RenderBudget}); past it the text is shown
 * as plain paragraphs and a finding says so.
 */
public class MarkdownRenderer {

    /** The longest Markdown rendered; the rest is cut off (a section holds far less). */
    public static final int INPUT_MAX = 200_000;
    /** Every id in the output starts with this, so a heading called "body" cannot clash with the page's own ids. */
    public static final String DEFAULT_ID_PREFIX = "md-";
    /** How long one render may take on the request thread before the text is shown as plain paragraphs. */
    static final Duration BUDGET = Duration.ofSeconds(3);
    /**
     * How long one render for an edition may take: what is frozen must never be the plain
     * fallback, so a release waits for the formatting instead. Generous: a legitimate section of
     * 100,000 characters took 1.3-3.6 s warm and 15 s cold on the 2-core machine at a load of
     * 28-33 (BENCHMARKS.md, "Rendering a 100,000-character section for an edition"), so this
     * leaves four times the worst seen; the input limits bound what a hostile text can cost.
     */
    static final Duration EDITION_BUDGET = Duration.ofSeconds(60);
    private static final Pattern ID_PREFIX = Pattern.compile("[a-z][a-z0-9-]{0,20}");

    /**
     * Flexmark with every extension, and with only those whose syntax a text can contain: a
     * text without "|" has no table, without "[^" no footnote, without "://", "www." or "@" no
     * bare link, and the table, footnote and autolink passes over every paragraph are the
     * costliest part of parsing. Built on first use, keyed by the extensions a text needs.
     */
    private final Map<Set<Feature>, Flexmark> variants = new ConcurrentHashMap<>();

    /** The extensions a text may skip when it cannot contain their syntax. */
    private enum Feature { TABLES, FOOTNOTES, AUTOLINKS }

    private record Flexmark(Parser parser, HtmlRenderer renderer) {
    }

    private final Duration budget;
    private final Duration editionBudget;

    public MarkdownRenderer() {
        this(BUDGET, EDITION_BUDGET);
    }

    /**
     * A renderer with another time budget. Tests of the input limits use a generous one, so that
     * what they prove (depth cut, parts, truncation) does not depend on how busy the machine is.
     */
    MarkdownRenderer(Duration budget) {
        this(budget, budget.compareTo(EDITION_BUDGET) > 0 ? budget : EDITION_BUDGET);
    }

    /** A renderer with other budgets for the screens and for editions; a zero budget renders nothing in time. */
    MarkdownRenderer(Duration budget, Duration editionBudget) {
        this.budget = budget;
        this.editionBudget = editionBudget;
        flexmark(EnumSet.allOf(Feature.class));
    }

    private Flexmark flexmark(Set<Feature> wanted) {
        return variants.computeIfAbsent(Set.copyOf(wanted), MarkdownRenderer::build);
    }

    private static Flexmark build(Set<Feature> wanted) {
        List<Extension> extensions = new ArrayList<>(List.of(StrikethroughExtension.create(),
                TypographicExtension.create(), AnchorLinkExtension.create()));
        if (wanted.contains(Feature.TABLES)) {
            extensions.add(TablesExtension.create());
        }
        if (wanted.contains(Feature.FOOTNOTES)) {
            extensions.add(FootnoteExtension.create());
        }
        if (wanted.contains(Feature.AUTOLINKS)) {
            extensions.add(AutolinkExtension.create());
        }
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                // Raw HTML is shown as text: writers write Markdown, pasted documents are converted.
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .toImmutable();
        return new Flexmark(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
    }

    /** The extensions a text may need, autolinks aside (see {@link #parse}). */
    private static Set<Feature> featuresFor(String text) {
        Set<Feature> wanted = EnumSet.noneOf(Feature.class);
        if (text.indexOf('|') >= 0) {
            wanted.add(Feature.TABLES);
        }
        if (text.contains("[^")) {
            wanted.add(Feature.FOOTNOTES);
        }
        return wanted;
    }

    /**
     * Parses with the extensions the text needs. The autolink pass (Flexmark's costliest: a
     * link scanner over every text node) is needed only where a text node holds a bare address,
     * and most "://" in a section sit in the destinations of written links, which it never
     * reads. So a text with "://", "www." or "@" is first parsed without it, and again with it
     * only when one of its text runs (the very runs the autolink pass reads) holds one of them.
     */
    private Parsed parse(String text) {
        Set<Feature> wanted = featuresFor(text);
        Flexmark flexmark = flexmark(wanted);
        Document document = flexmark.parser().parse(text);
        if (mayHoldBareLinks(text) && BareLinks.inTextOf(document)) {
            wanted.add(Feature.AUTOLINKS);
            flexmark = flexmark(wanted);
            document = flexmark.parser().parse(text);
        }
        return new Parsed(flexmark, document);
    }

    private record Parsed(Flexmark flexmark, Document document) {
    }

    static boolean mayHoldBareLinks(CharSequence text) {
        String chars = text.toString();
        return chars.contains("://") || chars.contains("www.") || chars.indexOf('@') >= 0;
    }

    /** The Markdown rendered once, in every output form, with what was found on the way. */
    public Rendering render(String markdown) {
        return render(markdown, DEFAULT_ID_PREFIX);
    }

    /**
     * As {@link #render(String)}, with the ids (heading anchors, footnotes) prefixed so that
     * several texts on one page (the sections of an edition) keep apart: e.g. "s3-".
     */
    public Rendering render(String markdown, String idPrefix) {
        return render(markdown, idPrefix, budget);
    }

    /**
     * As {@link #render(String, String)}, for what is frozen into an edition and for the checks
     * that decide whether it may be: with {@link #EDITION_BUDGET}, so that a busy server formats
     * a legitimate text instead of giving up. The result can still be the plain fallback (see
     * {@link Rendering#isPlainFallback()}); an edition must then not be stored.
     */
    public Rendering renderForEdition(String markdown, String idPrefix) {
        return render(markdown, idPrefix, editionBudget);
    }

    private Rendering render(String markdown, String idPrefix, Duration within) {
        if (!ID_PREFIX.matcher(idPrefix.endsWith("-") ? idPrefix.substring(0, idPrefix.length() - 1) : idPrefix).matches()) {
            throw new IllegalArgumentException("An id prefix is a short lower-case name, such as \"s3-\".");
        }
        MarkdownInput.Prepared input = MarkdownInput.prepare(markdown);
        return RenderBudget.run(() -> renderNow(input, idPrefix), within)
                .orElseGet(() -> Rendering.plain(input, idPrefix));
    }

    private Rendering renderNow(MarkdownInput.Prepared input, String idPrefix) {
        Parsed parsed = parse(input.text());
        List<MarkdownFinding> findings = new ArrayList<>(input.findings());
        MarkdownInspector.inspect(parsed.document(), input, findings);
        return new Rendering(Sanitiser.clean(parsed.flexmark().renderer().render(parsed.document()), idPrefix), findings,
                input.sourceLength());
    }

    /**
     * Where a passage a reader selected on the rendered page stands in the Markdown: found by its
     * words, the occurrence nearest the {@code wordsBefore}-th visible word when it occurs more
     * than once. Empty when the words are not all in the text, one after the other.
     */
    public Optional<SourceRange> locate(String markdown, String selected, int wordsBefore) {
        return visibleText(markdown).find(selected, wordsBefore);
    }

    /**
     * The rendering's sanitised HTML with each passage (a range of the Markdown it was rendered
     * from, by the id of its note) wrapped in {@code <mark class="passage" data-note="id">}. A
     * passage whose words cannot be found on the page is left unmarked.
     */
    public String withMarks(Rendering rendering, String markdown, Map<Long, SourceRange> passages) {
        if (passages.isEmpty()) {
            return rendering.html();
        }
        VisibleText visible = visibleText(markdown);
        List<PassageMarks.Passage> marks = new ArrayList<>();
        passages.forEach((noteId, range) -> visible.wordsIn(range).ifPresent(span -> {
            List<String> words = new ArrayList<>();
            for (int i = span[0]; i < span[1]; i++) {
                words.add(visible.word(i));
            }
            marks.add(new PassageMarks.Passage(words, span[0], noteId));
        }));
        return PassageMarks.mark(rendering.html(), marks);
    }

    /** The visible words with their places in the Markdown; none for a text the pipeline had to change before parsing. */
    private VisibleText visibleText(String markdown) {
        MarkdownInput.Prepared input = MarkdownInput.prepare(markdown);
        if (!input.text().equals(markdown == null ? "" : markdown)) {
            return VisibleText.none();
        }
        return RenderBudget.run(() -> VisibleText.of(parse(input.text()).document()), budget).orElseGet(VisibleText::none);
    }

    /** Sanitised HTML for the Markdown, ready to put inside a page. */
    public String toSafeHtml(String markdown) {
        return render(markdown).html();
    }

    /** Sanitised HTML with its ids prefixed, for one of several texts on a page. */
    public String toSafeHtml(String markdown, String idPrefix) {
        return render(markdown, idPrefix).html();
    }

    /** Sanitised HTML for mail programs: inline styles of our own, no ids or in-page links. */
    public String toEmailHtml(String markdown) {
        return render(markdown).emailHtml();
    }

    /** Plain text: headings, lists, quotes kept readable, links as numbered references. */
    public String toPlainText(String markdown) {
        return render(markdown).plainText();
    }

    /** Whether the Markdown produces any visible text (submitting needs a body that renders). */
    public boolean rendersVisibleText(String markdown) {
        return render(markdown).hasVisibleText();
    }

    /**
     * Flexmark's output before the cleaner, for the one test that proves the cleaner is
     * needed: it must find executable content here that the real outputs never contain.
     */
    String unsanitisedHtml(String markdown) {
        Flexmark flexmark = flexmark(EnumSet.allOf(Feature.class));
        return flexmark.renderer().render(flexmark.parser().parse(MarkdownInput.prepare(markdown).text()));
    }
}
