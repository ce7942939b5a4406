package org.masthead.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus is live: without the allow-list cleaner, Flexmark's own output for it contains
 * executable content (it escapes raw HTML, but passes javascript:, vbscript: and data: links
 * and images in other spellings). So the corpus test fails the day the cleaner is switched off.
 */
class CleanerIsNeededTest {

    private final MarkdownRenderer markdown = PatientRenderer.create();

    @Test
    void flexmark_alone_lets_executable_content_through_for_many_vectors_of_the_corpus() {
        List<String> live = XssVectors.all().stream()
                .filter(vector -> !ExecutableContent.inHtml(markdown.unsanitisedHtml(vector.markdown()), false).isEmpty())
                .map(XssVectors.Vector::name).toList();

        assertThat(live).hasSizeGreaterThanOrEqualTo(8)
                .contains("markdown link javascript mixed case", "markdown link javascript with hex entity",
                        "markdown link vbscript", "markdown link data html", "markdown image data svg", "autolink vbscript");
    }

    @Test
    void the_checker_recognises_what_it_must_refuse() {
        assertThat(ExecutableContent.inHtml("<p onclick=\"x\">a</p>", false)).isNotEmpty();
        assertThat(ExecutableContent.inHtml("<a href=\"jav&#x09;ascript:alert(1)\">a</a>", false)).isNotEmpty();
        assertThat(ExecutableContent.inHtml("<svg></svg><style></style>", false)).hasSize(2);
        assertThat(ExecutableContent.inHtml("<p style=\"background:url(javascript:x)\">a</p>", true)).isNotEmpty();
        assertThat(ExecutableContent.inHtml("<p style=\"color:#555555;margin:0 0 1em 0\">a</p>", true)).isEmpty();
        assertThat(ExecutableContent.inPlainText("text [1]\n\n[1] javascript:alert(1)\n")).isNotEmpty();
        assertThat(ExecutableContent.inHtml("<a href=\"https://example.org\" rel=\"noopener noreferrer\">a</a>", false)).isEmpty();
    }

    @Test
    void the_corpus_covers_at_least_sixty_vectors() {
        assertThat(XssVectors.all()).hasSizeGreaterThanOrEqualTo(60).allMatch(v -> !v.markdown().isBlank());
    }
}
