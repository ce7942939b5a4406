package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = PatientRenderer.create();

    private Document html(String text) {
        return Jsoup.parseBodyFragment(markdown.toSafeHtml(text));
    }

    @Test
    void a_text_renders_as_with_the_autolink_pass_whether_its_addresses_stand_bare_or_in_written_links() {
        // The autolink pass runs only where a text run holds "://", "www." or "@" (BareLinks): what it
        // would find must come out the same as with every extension always on.
        String[] texts = {
            "[report](https://example.org/r) and [more](https://example.org/m \"title\").",
            "[report](https://example.org/r), then a bare https://bare.example.org/x in the same line.",
            "Write to desk@example.org or see www.example.org, \"quoted https://q.example.org/a's\" too.",
            "It's at https://example.org/it's... and www...example.org and `https://code.example.org`.",
            "An escaped http\\://example.org, an image ![map](https://example.org/m.png) and <https://angle.example.org>.",
            "# Heading with https://example.org\n\n> quoted www.example.org\n\n- item mail@example.org",
            "[ref][r] and [r]\n\n[r]: https://example.org/ref",
        };
        for (String text : texts) {
            assertThat(markdown.toSafeHtml(text)).as(text)
                    .isEqualTo(Sanitiser.clean(markdown.unsanitisedHtml(text), MarkdownRenderer.DEFAULT_ID_PREFIX).body().html());
        }
    }

    @Test
    void raw_html_is_shown_as_the_text_the_writer_typed() {
        Document page = html("Hello <b>world</b> and <script>alert(1)</script>\n\n<div onclick=x>block</div>");

        assertThat(page.select("b, script, div")).isEmpty();
        assertThat(page.text()).contains("<b>world</b>", "<script>alert(1)</script>", "<div onclick=x>block</div>");
    }

    @Test
    void links_to_other_sites_cannot_reach_back_to_our_page() {
        Document page = html("[report](https://example.org/r) and <mailto:desk@example.org>");

        assertThat(page.select("a").eachAttr("rel")).containsOnly("noopener noreferrer");
    }

    @Test
    void links_that_are_not_absolute_web_or_mail_addresses_lose_their_address_but_keep_their_text() {
        Document page = html("[a](javascript:alert(1)) [b](/archive/2) [c](ftp://x.org/f) [d](https://ok.org)");

        assertThat(page.select("a[href]").eachAttr("href")).containsExactly("https://ok.org");
        assertThat(page.text()).isEqualTo("a b c d");
    }

    @Test
    void images_come_only_from_https_addresses() {
        Document page = html("![chart](https://img.example/c.png) ![old](http://img.example/o.png) ![d](data:image/png;base64,AAAA)");

        assertThat(page.select("img").eachAttr("src")).containsExactly("https://img.example/c.png");
    }

    @Test
    void heading_anchors_and_footnotes_carry_a_prefix_so_they_cannot_clash_with_the_page() {
        Document page = html("### Body\n\nText[^1].\n\n[^1]: Note.");

        assertThat(page.select("[id]").eachAttr("id")).allMatch(id -> id.startsWith("md-")).contains("md-body", "md-fn-1");
        assertThat(page.select("a[href^=#]").eachAttr("href")).contains("#md-body", "#md-fn-1", "#md-fnref-1");
    }

    @Test
    void a_text_rendered_for_one_section_of_a_page_gets_its_own_prefix() {
        assertThat(markdown.toSafeHtml("Text[^1].\n\n[^1]: Note.", "s3-")).contains("id=\"s3-fn-1\"", "href=\"#s3-fn-1\"");
        assertThatThrownBy(() -> markdown.render("x", "\"><script>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotes_dashes_and_ellipses_become_typographic() {
        assertThat(html("\"Quoted\" -- it's here...").text()).isEqualTo("“Quoted” – it’s here…");
    }

    @Test
    void the_email_html_has_our_inline_styles_and_no_ids_classes_or_in_page_links() {
        Document email = Jsoup.parseBodyFragment(markdown.toEmailHtml("### Head\n\n> quote[^1]\n\n[^1]: Note."));

        assertThat(email.select("[id], [class], a[href^=#]")).isEmpty();
        assertThat(email.select("[style]").eachAttr("style")).allMatch(style -> EmailHtml.STYLES.containsValue(style));
        assertThat(email.select("h3").text()).isEqualTo("Head");
    }

    @Test
    void plain_text_keeps_links_as_numbered_references_and_bare_addresses_inline() {
        String text = markdown.toPlainText("See [the report](https://example.org/r), [again](https://example.org/r), "
                + "[the law](https://example.org/l) and https://example.org/bare.");

        assertThat(text).isEqualTo("""
                See the report [1], again [1], the law [2] and https://example.org/bare.

                [1] https://example.org/r
                [2] https://example.org/l
                """);
    }

    @Test
    void nothing_renders_as_nothing() {
        assertThat(markdown.toSafeHtml(null)).isEmpty();
        assertThat(markdown.toPlainText("")).isEmpty();
        assertThat(markdown.rendersVisibleText("  \n\n ")).isFalse();
        assertThat(markdown.rendersVisibleText("![a chart](https://img.example/c.png)")).isTrue();
    }

    @Test
    void words_are_those_readers_read_not_addresses_or_markup() {
        assertThat(markdown.render("A **bold** claim, [a link](https://example.org/a-b-c) -- and 42.").words())
                .isEqualTo(7);
    }

    @Test
    void the_rendered_text_keeps_the_links_of_the_link_rule_and_only_those() {
        String html = markdown.toSafeHtml("[a](https://bücher.de/x) [b](https://my_host.example.org/) [c](MAILTO:desk@example.org) "
                + "[d](#top) [e](javascript:alert(1)) [f](/archive/1) [g](data:text/html,x)");

        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("a").eachAttr("href")).containsExactly(
                "https://bücher.de/x", "https://my_host.example.org/", "MAILTO:desk@example.org", "#md-top");
        assertThat(html).contains(" e ", " f ", " g");
    }
}
