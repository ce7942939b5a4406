package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.markdown.MarkdownFinding;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.issue.WordRange;
import org.masthead.section.SubmitChecks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One rule decides which link targets readers get, so the desk's three judges agree: whatever
 * the submit checks accept as a link in a section, the release checks accept too, and the
 * edition, rendered by the real pipeline, keeps the link's address. Link targets are generated
 * from building blocks (schemes, hosts with IDN, underscores, ports and IPs, paths, queries,
 * fragments, odd characters) with a fixed seed, so a failure is the same failure on every run.
 */
class OneLinkRuleTest extends ServiceTest {

    private static final long SEED = 20_261_128L;
    private static final int CASES = 4_000;

    private static final String[] SCHEMES = {"https://", "https://", "http://", "HTTPS://", "Http://", "ftp://",
            "javascript://", "//", "", "https:/", "https:", "file://"};
    private static final String[] HOSTS = {"example.org", "www.example.org", "bücher.de", "xn--bcher-kva.de",
            "my_host.example.org", "_dmarc.example.org", "münchen.de", "例え.jp", "localhost", "127.0.0.1",
            "192.168.0.300", "[::1]", "[2001:db8::7]", "[::g]", "example", "-bad.example.org", "bad-.example.org",
            "a..example.org", "example.org.", "user@example.org", "user:pw@example.org", "exa mple.org", "EXAMPLE.ORG",
            "ex%41mple.org", "", "sub.domain.example.co.uk", "1.2.3", "x.123", "exa<mple.org", "Bücher.DE"};
    private static final String[] PORTS = {"", "", "", ":8080", ":443", ":0", ":65536", ":99999", ":", ":abc"};
    private static final String[] PATHS = {"", "", "/", "/x", "/a/b.html", "/ü", "/a b", "/%20", "/a%zz", "/(x)",
            "/a_b-c.d~e", "/~user", "/x<y", "/\"q", "/a|b", "/{x}", "/a\\b", "/\u200Bx", "/x/", "/a'b", "/*x*"};
    private static final String[] QUERIES = {"", "", "?q=1", "?a=b&c=d", "?q=ü", "?", "?a=b c", "?x=%2", "?a[]=1", "?q=%C3%BC"};
    private static final String[] FRAGMENTS = {"", "", "#top", "#", "#a b", "#ü", "#x#y", "#a\"b"};
    private static final String[] MAIL_LOCALS = {"desk", "first.last", "ä", "", "a b", "a,b", "desk+news", "<desk>"};
    private static final String[] ANCHORS = {"top", "", "a b", "fn-1", "ü", "x\"y", "a<b"};
    private static final String[] ODD = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>",
            "vbscript:x", "/archive/1", "../x", "x.html", "www.example.org/report", "tel:+420123",
            " https://example.org", "https://example.org ", "\thttps://example.org", "https://exa\u0000mple.org",
            "mailto:", "mailto:desk@", "mailto:@example.org", "mailto:a@b@example.org", "#", "https://", "http://."};

    @Autowired
    SubmitChecks submitChecks;
    @Autowired
    ReleaseChecks releaseChecks;
    @Autowired
    MarkdownRenderer markdown;

    @Test
    void a_link_the_submit_checks_accept_is_accepted_at_release_and_kept_in_the_edition() {
        Random random = new Random(SEED);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            String target = target(random);
            String body = "Before " + inMarkdown(target, random) + " after.\n\nA second paragraph.";
            boolean submittable = submitChecks.of(body, WordRange.ANY).stream().noneMatch(SubmitChecks.Problem::isError);
            if (!submittable) {
                continue;
            }
            accepted++;
            List<String> refusedAtRelease = releaseChecks.brokenLinks(body);
            if (!refusedAtRelease.isEmpty()) {
                disagreements.add("release refuses " + refusedAtRelease + " in " + body);
            }
            List<String> hrefs = Jsoup.parseBodyFragment(markdown.toSafeHtml(body, "s1-")).select("a[href]").eachAttr("href");
            for (MarkdownFinding link : markdown.render(body).findings()) {
                if (link.kind() == MarkdownFinding.Kind.LINK && !hrefs.contains(inEdition(link.detail()))) {
                    disagreements.add("the edition lost the address " + link.detail() + " of " + body + " (kept " + hrefs + ")");
                }
            }
        }

        assertThat(disagreements).as("links the submit checks accept but readers do not get").isEmpty();
        // Not vacuous: the building blocks make plenty of both kinds.
        assertThat(accepted).isBetween(CASES / 10, CASES * 9 / 10);
    }

    /** In an edition, an in-page link points at the section's own prefixed anchors. */
    private static String inEdition(String address) {
        return address.startsWith("#") ? "#s1-" + address.substring(1) : address;
    }

    private static String target(Random random) {
        int shape = random.nextInt(100);
        if (shape < 60) {
            return pick(random, SCHEMES) + pick(random, HOSTS) + pick(random, PORTS) + pick(random, PATHS)
                    + pick(random, QUERIES) + pick(random, FRAGMENTS);
        }
        if (shape < 75) {
            return (random.nextBoolean() ? "mailto:" : "MAILTO:") + pick(random, MAIL_LOCALS)
                    + (random.nextInt(5) == 0 ? "" : "@" + pick(random, HOSTS)) + (random.nextInt(4) == 0 ? "?subject=Hi" : "");
        }
        if (shape < 85) {
            return "#" + pick(random, ANCHORS);
        }
        return pick(random, ODD);
    }

    /** The ways a writer puts an address into a section. */
    private static String inMarkdown(String target, Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> "[the source](" + target + ")";
            case 2 -> "[the source](<" + target + ">)";
            case 3 -> "[the source][ref]\n\n[ref]: " + target + "\n\nThen";
            case 4 -> "<" + target + ">";
            default -> target;
        };
    }

    private static String pick(Random random, String[] blocks) {
        return blocks[random.nextInt(blocks.length)];
    }
}
