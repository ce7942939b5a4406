package org.masthead.publishing.sources;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The external links of a rendered edition, read from the sanitised HTML the one Markdown renderer
 * wrote (every link is an {@code <a href="…">} of its own making, never nested). A writer keeps a
 * link out of the archive (personal data) with the Markdown link title {@value #NO_ARCHIVE}:
 * {@code [her post](https://example.org/post "no-archive")}; the title is taken out of what readers get.
 */
public final class SourceLinks {

    public static final String NO_ARCHIVE = "no-archive";

    private static final Pattern LINK = Pattern.compile("<a\\s([^>]*)>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");
    private static final String MARKER = " title=\"" + NO_ARCHIVE + "\"";

    private SourceLinks() {
    }

    /** Every link to be captured, once each, in the order they first appear. */
    public static List<String> in(String html, String ownHost) {
        Set<String> found = new LinkedHashSet<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            String url = capturable(link.group(1), ownHost);
            if (url != null) {
                found.add(url);
            }
        }
        return List.copyOf(found);
    }

    /** How many links a writer kept out of the archive. */
    public static int keptOut(String html) {
        int n = 0;
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            if (link.group(1).contains(MARKER)) {
                n++;
            }
        }
        return n;
    }

    /** The same HTML without the writers' markers (an attribute readers would see as a tooltip). */
    public static String withoutMarkers(String html) {
        return html.contains(MARKER) ? html.replace(MARKER, "") : html;
    }

    /**
     * The page with an "archived copy" link after each captured source, to its numbered page in the
     * archive. Written into the web edition when it is frozen: see {@code SourceCaptures}.
     */
    public static String marked(String html, int issueNumber, Map<String, Integer> numbers, String ownHost) {
        if (numbers.isEmpty()) {
            return html;
        }
        Matcher link = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + numbers.size() * 90);
        while (link.find()) {
            String url = capturable(link.group(1), ownHost);
            Integer k = url == null ? null : numbers.get(url);
            String mark = k == null ? "" : " <span class=\"archived\">(<a href=\"" + address(issueNumber, k)
                    + "\" rel=\"nofollow\">archived copy</a>)</span>";
            link.appendReplacement(out, Matcher.quoteReplacement(link.group() + mark));
        }
        link.appendTail(out);
        return out.toString();
    }

    public static String address(int issueNumber, int sourceNo) {
        return "/archive/" + issueNumber + "/sources/" + sourceNo;
    }

    private static String capturable(String attributes, String ownHost) {
        if (attributes.contains(MARKER)) {
            return null;
        }
        Matcher href = HREF.matcher(attributes);
        if (!href.find()) {
            return null;
        }
        String url = HtmlUtils.htmlUnescape(href.group(1)).strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            if (host == null || host.equalsIgnoreCase(ownHost)) {
                return null;
            }
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
        return url.length() > 4000 ? null : url;
    }

    /** The numbers of {@code urls}: those an earlier edition numbered keep theirs, new ones follow. */
    static Map<String, Integer> numbered(List<String> urls, Map<String, Integer> earlier) {
        Map<String, Integer> numbers = new java.util.LinkedHashMap<>(earlier);
        int next = earlier.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<String> fresh = new ArrayList<>();
        for (String url : urls) {
            if (!numbers.containsKey(url)) {
                numbers.put(url, next++);
                fresh.add(url);
            }
        }
        numbers.keySet().retainAll(new LinkedHashSet<>(urls));
        return numbers;
    }
}
