package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "http://example.org/a/b.html?q=1&r=2#top", "HTTPS://EXAMPLE.ORG/",
            "https://bücher.de/x", "https://xn--bcher-kva.de/x", "https://例え.jp", "https://my_host.example.org/",
            "https://_dmarc.example.org", "https://example.org:8080/x", "https://127.0.0.1/", "https://[2001:db8::7]:443/",
            "https://example.org/ü?q=ü#ü", "https://example.org/a|b", "https://example.org/(x)", "https://example.org/%20",
            "mailto:desk@example.org", "MAILTO:desk@example.org", "mailto:ä@bücher.de?subject=Hi", "#top", "#md-fn-1"})
    void web_and_mail_addresses_and_places_in_the_page_are_usable_links(String target) {
        assertThat(LinkRule.isUsableLink(target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:x",
            "ftp://example.org", "file:///etc/passwd", "/archive/1", "../x", "x.html", "www.example.org/report", "//example.org",
            "https://", "https:/example.org", "https://localhost/", "https://example/", "https://1.2.3/", "https://192.168.0.300/",
            "https://[::g]/", "https://-bad.example.org", "https://a..example.org", "https://example.org.", "https://ex ample.org",
            "https://example.org/a b", " https://example.org", "https://example.org ", "\thttps://example.org",
            "https://example.org/\u200Bx", "https://example.org/\"x", "https://example.org/x<y", "https://example.org/a%zz",
            "https://user:pw@example.org/", "https://bank.example@evil.example/", "https://example.org:0/", "https://example.org:65536/",
            "https://example.org:/", "https://example.org:abc/", "mailto:", "mailto:desk", "mailto:desk@", "mailto:@example.org",
            "mailto:a@b@example.org", "mailto:a,b@example.org", "mailto:a b@example.org", "tel:+420123"})
    void anything_else_is_not(String target) {
        assertThat(LinkRule.isUsableLink(target)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://img.example/a.png", "https://bücher.de/a.png"})
    void images_come_over_https(String source) {
        assertThat(LinkRule.isUsableImage(source)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://img.example/a.png", "data:image/png;base64,AAAA", "#top", "mailto:desk@example.org", "/a.png"})
    void and_from_nowhere_else(String source) {
        assertThat(LinkRule.isUsableImage(source)).isFalse();
    }
}
