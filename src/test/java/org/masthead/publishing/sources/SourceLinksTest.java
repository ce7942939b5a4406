package org.masthead.publishing.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceLinksTest {

    static final String HTML = "<p><a href=\"https://a.example/x?p=1&amp;q=2\">one</a> <a href=\"#fn1\">1</a>"
            + " <a href=\"mailto:desk@watch.example\">mail</a> <a href=\"https://watch.example/archive/2\">ours</a>"
            + " <a href=\"https://b.example/\" title=\"no-archive\">private</a> <a href=\"https://a.example/x?p=1&amp;q=2\">again</a></p>";

    @Test
    void the_links_to_capture_are_the_external_web_links_once_each_without_our_own_or_the_writers_exceptions() {
        assertThat(SourceLinks.in(HTML, "watch.example")).containsExactly("https://a.example/x?p=1&q=2");
        assertThat(SourceLinks.keptOut(HTML)).isOne();
    }

    @Test
    void each_captured_link_is_followed_by_its_archived_copy_and_nothing_else_changes() {
        String marked = SourceLinks.marked(HTML, 7, Map.of("https://a.example/x?p=1&q=2", 3), "watch.example");

        assertThat(marked).contains(">one</a> <span class=\"archived\">(<a href=\"/archive/7/sources/3\" rel=\"nofollow\">archived copy</a>)</span>")
                .contains(">again</a> <span class=\"archived\">(<a href=\"/archive/7/sources/3\"");
        assertThat(marked.replaceAll(" <span class=\"archived\">.*?</span>", "")).isEqualTo(HTML);
    }

    @Test
    void links_an_earlier_edition_numbered_keep_their_numbers_and_new_ones_follow() {
        assertThat(SourceLinks.numbered(List.of("https://c.example/", "https://a.example/"), Map.of("https://a.example/", 1, "https://b.example/", 2)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("https://a.example/", 1, "https://c.example/", 3));
    }

    @Test
    void readers_do_not_see_the_writers_marker() {
        assertThat(SourceLinks.withoutMarkers(HTML)).doesNotContain("no-archive").contains("<a href=\"https://b.example/\">private</a>");
    }
}
