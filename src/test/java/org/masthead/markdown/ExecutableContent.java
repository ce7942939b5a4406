package org.masthead.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what a browser or mail program could run in rendered output, by parsing it back with
 * jsoup: elements that run or load code, event handlers and other attributes outside the few
 * we emit, and addresses other than http(s), mailto and in-page links. Empty means safe.
 */
public final class ExecutableContent {

    private static final Set<String> DANGEROUS_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "svg", "math", "style", "link", "meta", "base", "form", "input", "button", "textarea",
            "select", "option", "audio", "video", "source", "track", "template", "noscript", "xml", "xss", "isindex",
            "marquee", "bgsound", "layer", "ilayer", "portal", "animate", "set", "maction", "details", "dialog");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "src", "alt", "title", "id", "class", "rel",
            "align", "start");
    private static final Set<String> SAFE_URL_STARTS = Set.of("http:", "https:", "mailto:", "#");
    /** Our own email styles: plain declarations, no url(), expression(), escapes or comments. */
    private static final Pattern SAFE_STYLE = Pattern.compile("[a-z-]+:[a-z0-9#%. -]+(;[a-z-]+:[a-z0-9#%. -]+)*");
    private static final Pattern REFERENCE = Pattern.compile("^\\[\\d+] (.*)$", Pattern.MULTILINE);

    private ExecutableContent() {
    }

    /** What could run in this HTML; {@code ownStyles} allows style attributes of plain declarations (email). */
    public static List<String> inHtml(String html, boolean ownStyles) {
        Document page = Jsoup.parseBodyFragment(html);
        List<String> found = new ArrayList<>();
        if (page.body().attributesSize() > 0) {
            found.add("attributes on the body: " + page.body().attributes());
        }
        for (Element element : page.body().getAllElements()) {
            String tag = element.normalName();
            if (DANGEROUS_ELEMENTS.contains(tag) || tag.contains(":")) {
                found.add("element <" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.equals("style") && ownStyles && SAFE_STYLE.matcher(value).matches()) {
                    continue;
                }
                if (!ALLOWED_ATTRIBUTES.contains(name)) {
                    found.add("attribute " + name + "=\"" + value + "\" on <" + tag + ">");
                } else if ((name.equals("href") || name.equals("src")) && !isSafeUrl(value)) {
                    found.add(name + "=\"" + value + "\" on <" + tag + ">");
                }
            }
        }
        return found;
    }

    /** What a mail program could turn into a dangerous link in plain text: the numbered references. */
    public static List<String> inPlainText(String text) {
        List<String> found = new ArrayList<>();
        REFERENCE.matcher(text).results().map(m -> m.group(1)).filter(url -> !isSafeUrl(url))
                .forEach(url -> found.add("reference to " + url));
        return found;
    }

    static boolean isSafeUrl(String value) {
        // Browsers ignore whitespace and control characters inside a scheme: "jav\tascript:" runs.
        String url = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        return SAFE_URL_STARTS.stream().anyMatch(url::startsWith);
    }
}
