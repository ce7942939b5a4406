package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.markdown.ExecutableContent;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.XssVectors;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.SectionService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every vector of the corpus (src/test/resources/xss/vectors.txt) through every output readers
 * or writers get, parsed back: nothing executable survives. A new output is one more line in
 * {@link #outputs()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssCorpusTest extends ServiceTest {

    /** One way a Markdown text reaches a reader; {@code check} finds what could run in what it gives. */
    record Output(String name, Function<String, String> render, Function<String, List<String>> check) {

        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    MarkdownRenderer markdown;
    @Autowired
    SectionService sections;
    @Autowired
    ReleaseService releases;

    private long sectionId;
    private long issueId;

    Stream<Output> outputs() {
        Function<String, List<String>> html = text -> ExecutableContent.inHtml(text, false);
        return Stream.of(
                // The same call as SectionEditorView's live preview and the review screen.
                new Output("editor preview", text -> markdown.render(text).html(), html),
                new Output("web edition", this::webEdition, html),
                new Output("email html", text -> markdown.render(text).emailHtml(), text -> ExecutableContent.inHtml(text, true)),
                new Output("plain text", text -> markdown.render(text).plainText(), ExecutableContent::inPlainText));
    }

    @BeforeEach
    void aSectionInAnIssue() {
        issueId = desk.newIssue();
        sectionId = desk.sectionIds(issueId).get(0);
        desk.assign(sectionId, "wendy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void no_vector_leaves_executable_content_in(Output output) {
        List<String> leaks = new ArrayList<>();
        for (XssVectors.Vector vector : XssVectors.all()) {
            String rendered = output.render().apply(vector.markdown());
            output.check().apply(rendered).forEach(found -> leaks.add(vector.name() + ": " + found));
        }
        assertThat(leaks).as("executable content in the " + output.name()).isEmpty();
    }

    /** The section as it appears in the release screen's preview, which is the edition's article. */
    private String webEdition(String text) {
        Desk.as("wendy", Desk.roles(Role.WRITER),
                () -> sections.saveBody(sectionId, text, desk.section(sectionId).getVersion()));
        String article = Desk.as("erin", Desk.roles(Role.EDITOR), () -> releases.preview(issueId).article());
        assertThat(Jsoup.parse(article).select("article.issue section")).isNotEmpty();
        return article;
    }
}
