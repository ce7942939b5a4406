package org.masthead.markdown;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every rendered Markdown text passes through: jsoup's {@link Cleaner} with a
 * {@link Safelist} built from nothing, naming only the elements and attributes Flexmark produces
 * for the Markdown we support. Anything else (script, style, SVG, event handlers, unknown
 * protocols) cannot come out, whatever Flexmark did.
 */
final class Sanitiser {

    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};
    /** The classes Flexmark's footnotes use; kept so pages can style them, every other class is dropped. */
    private static final Set<String> KEPT_CLASSES = Set.of("footnotes", "footnote-ref", "footnote-backref");

    static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote",
                    "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "sup", "div")
            .addTags(HEADINGS)
            .addAttributes("a", "href", "title", "id", "class")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("sup", "id")
            .addAttributes("li", "id")
            .addAttributes("div", "class");
            // Which link and image addresses survive is LinkRule's to say, in tidy() below.

    /** The diff of two renderings ({@link RenderedDiff}): the same, with insertions and their two classes. */
    private static final Safelist DIFF_SAFELIST = new Safelist(SAFELIST)
            .addTags("ins")
            .addAttributes("ins", "class")
            .addAttributes("del", "class");
    private static final Set<String> DIFF_CLASSES = Set.of("diff-ins", "diff-del");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Sanitiser() {
    }

    /** Cleans Flexmark's HTML; ids get the prefix so they cannot collide with the page's own. */
    static Document clean(String html, String idPrefix) {
        return clean(html, idPrefix, SAFELIST, KEPT_CLASSES);
    }

    /**
     * Cleans a diff built from two cleaned renderings: the same rules, with {@code <ins>} and the
     * classes that mark insertions and deletions allowed. Its ids are left as they come (none).
     */
    static String cleanDiff(String html) {
        return clean(html, "", DIFF_SAFELIST, DIFF_CLASSES).body().html();
    }

    private static Document clean(String html, String idPrefix, Safelist safelist, Set<String> keptClasses) {
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html));
        // One pass over the cleaned elements: each rule below reads as the comment above it.
        for (Element element : clean.body().getAllElements()) {
            tidy(element, idPrefix, keptClasses);
        }
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    private static void tidy(Element element, String idPrefix, Set<String> keptClasses) {
        String tag = element.normalName();
        // A link or image whose address readers cannot use (javascript:, data:, relative, none at all)
        // says nothing: the link becomes its text, the image goes. The same rule as the checks.
        if (tag.equals("a") && !LinkRule.isUsableLink(element.attr("href"))) {
            element.unwrap();
            return;
        }
        if (tag.equals("img") && !LinkRule.isUsableImage(element.attr("src"))) {
            element.remove();
            return;
        }
        if (element.hasAttr("id")) {
            element.attr("id", idPrefix + element.attr("id"));
        }
        if (tag.equals("a")) {
            String href = element.attr("href");
            if (href.startsWith("#")) {
                element.attr("href", "#" + idPrefix + href.substring(1));
            } else {
                // Links leave for other sites: they must not get a handle on our window or our URL.
                element.attr("rel", "noopener noreferrer");
            }
        }
        if (element.hasAttr("class")) {
            String kept = Arrays.stream(SPACES.split(element.attr("class"))).filter(keptClasses::contains)
                    .collect(Collectors.joining(" "));
            if (kept.isEmpty()) {
                element.removeAttr("class");
            } else {
                element.attr("class", kept);
            }
        }
    }
}
