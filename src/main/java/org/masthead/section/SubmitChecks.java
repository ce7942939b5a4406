package org.masthead.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.masthead.markdown.LinkRule;
import org.masthead.markdown.MarkdownFinding;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.Rendering;
import org.masthead.base.WorkflowException;
import org.masthead.issue.WordRange;
import org.springframework.stereotype.Component;

/**
 * What a section's text should pass before it goes to the editors. The one place these rules
 * live: the editor lists the problems as the writer types, and {@link SectionWorkflow#submit}
 * refuses a text with errors whoever calls it. Errors are what readers would get broken (no
 * text, a link that goes nowhere, an image nobody can read about); warnings are likely
 * mistakes the writer may mean (formatting left open, a length outside the guidance).
 */
@Component
public class SubmitChecks {

    public enum Severity { ERROR, WARNING }

    /** One problem, with its line (1-based; 0 for the whole text). */
    public record Problem(int line, Severity severity, String message) {

        public boolean isError() {
            return severity == Severity.ERROR;
        }

        /** The text has nothing in it yet: an error only once someone tries to submit it, before that a to-do. */
        public boolean isEmptyText() {
            return line == 0 && EMPTY.equals(message);
        }

        /** As the writer reads it: "Line 4: ...". */
        public String sentence() {
            return line > 0 ? "Line " + line + ": " + message : message;
        }
    }

    static final String EMPTY = "This section is empty. Write something before submitting it.";
    /**
     * Problems listed one by one; past these, one more sentence counts the rest. A text of 33,000
     * empty links has 33,000 problems, and the editor lists them after every change.
     */
    public static final int SHOWN_MAX = 20;

    private final MarkdownRenderer markdown;

    SubmitChecks(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * The problems of a text, errors first, each group in line order. When the screens' budget ran
     * out, the text is rendered again with the edition's, which decides whether it can be released:
     * on a cold or overloaded server three seconds can pass for a plain text, and "too complex" must
     * be said of the text, never of the server's speed (it once stopped a start inside the demo content).
     */
    public List<Problem> of(String body, WordRange range) {
        Rendering rendering = markdown.render(body);
        if (rendering.isPlainFallback()) {
            rendering = markdown.renderForEdition(body, MarkdownRenderer.DEFAULT_ID_PREFIX);
        }
        return of(rendering, range);
    }

    /** The same, for a text already rendered (the editor renders once for preview and checks). */
    public List<Problem> of(Rendering rendering, WordRange range) {
        List<Problem> problems = new ArrayList<>();
        if (rendering.sourceLength() > Section.BODY_MAX) {
            problems.add(error(0, "The text has " + rendering.sourceLength() + " characters; a section holds at most "
                    + Section.BODY_MAX + ". Split it or shorten it."));
        }
        if (!rendering.hasVisibleText()) {
            problems.add(error(0, EMPTY));
        }
        rendering.findings().forEach(finding -> problemOf(finding).ifPresent(problems::add));
        if (rendering.hasVisibleText()) {
            range.adviceFor(rendering.words()).ifPresent(advice -> problems.add(warning(0, advice)));
        }
        problems.sort(Comparator.comparing(Problem::severity).thenComparing(Problem::line));
        return shortened(problems);
    }

    /** The first {@link #SHOWN_MAX} problems, and one sentence counting the rest (as grave as the first of them). */
    private static List<Problem> shortened(List<Problem> problems) {
        if (problems.size() <= SHOWN_MAX) {
            return List.copyOf(problems);
        }
        List<Problem> shown = new ArrayList<>(problems.subList(0, SHOWN_MAX));
        int rest = problems.size() - SHOWN_MAX;
        shown.add(new Problem(0, problems.get(SHOWN_MAX).severity(), rest + " more problems like these are not listed."));
        return List.copyOf(shown);
    }

    /** Refuses a text with errors, naming them; warnings never stop a submission. */
    void requireNoErrors(String body, WordRange range) {
        List<Problem> errors = of(body, range).stream().filter(Problem::isError).toList();
        if (errors.size() == 1) {
            throw new WorkflowException(errors.get(0).sentence());
        }
        if (!errors.isEmpty()) {
            throw new WorkflowException("Fix these before submitting: "
                    + errors.stream().map(Problem::sentence).collect(Collectors.joining(" ")));
        }
    }

    private static Optional<Problem> problemOf(MarkdownFinding f) {
        int line = f.line();
        String text = quoted(f.text());
        Problem problem = switch (f.kind()) {
            case LINK -> linkProblem(line, text, f.detail());
            case IMAGE -> imageProblem(line, f);
            case UNDEFINED_REFERENCE -> error(line, "the link " + text + " refers to [" + f.detail()
                    + "], which is defined nowhere. Add a line \"[" + f.detail() + "]: https://…\" or write the address in the link.");
            case UNDEFINED_FOOTNOTE -> error(line, "the footnote [^" + f.detail() + "] has no text. Add a line \"[^"
                    + f.detail() + "]: …\" at the end.");
            case BROKEN_LINK -> error(line, "[" + f.text() + "] looks like the start of a link but is not one. "
                    + "Write [text](https://…) with no space between ] and ( and no space in the address.");
            case UNCLOSED_FORMATTING -> warning(line, "\"" + f.detail() + "\" " + formatting(f.detail())
                    + " is never closed, so readers will see the characters themselves.");
            case NESTING_CUT -> warning(line, "quotes and lists nest at most " + f.detail()
                    + " levels deep; the deeper levels are shown as plain text.");
            case BLOCK_SPLIT -> warning(line, "this paragraph is longer than " + f.detail()
                    + " characters, so it is shown in parts. Break it into shorter paragraphs.");
            case INPUT_TRUNCATED -> null; // the length check above already says it
            case CONTROL_CHARACTERS -> warning(line, "the text contains " + f.detail()
                    + " invisible control character(s), probably from a copy; they are removed when you save.");
            case BROKEN_CHARACTERS -> warning(line, "the text contains " + f.detail()
                    + " broken character(s); each is replaced by \uFFFD when you save.");
            case TOO_COMPLEX -> error(0, "The formatting of this text is too complex to render in time, so readers "
                    + "would get it as plain paragraphs. Simplify it: fewer nested quotes, lists and brackets.");
        };
        return Optional.ofNullable(problem);
    }

    private static Problem linkProblem(int line, String text, String url) {
        if (url.isBlank()) {
            return error(line, "the link " + text + " has no address. Write it between the parentheses: [text](https://…).");
        }
        if (!LinkRule.isUsableLink(url)) {
            return error(line, "the link " + text + " points to \"" + shorten(url) + "\", which readers cannot open. "
                    + "Use a full address that starts with https:// (or mailto: for an email address).");
        }
        return null;
    }

    private static Problem imageProblem(int line, MarkdownFinding f) {
        if (f.text().isBlank()) {
            return error(line, "the image has no description, so readers who cannot see it learn nothing. "
                    + "Describe it between the brackets: ![What the picture shows](…).");
        }
        String url = f.detail();
        if (!LinkRule.isUsableImage(url)) {
            return error(line, "the image " + quoted(f.text()) + " is at \"" + shorten(url)
                    + "\", which readers will not get: images must come from an https:// address.");
        }
        return null;
    }

    private static String formatting(String delimiter) {
        return switch (delimiter.charAt(0)) {
            case '`' -> "starts code that";
            case '~' -> "starts struck-through text that";
            default -> delimiter.length() >= 2 ? "starts or ends bold text that" : "starts or ends italic text that";
        };
    }

    private static String quoted(String text) {
        return "\"" + shorten(text) + "\"";
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    private static Problem error(int line, String message) {
        return new Problem(line, Severity.ERROR, capitalised(line, message));
    }

    private static Problem warning(int line, String message) {
        return new Problem(line, Severity.WARNING, capitalised(line, message));
    }

    /** After "Line 4: " a message starts in lower case; alone it starts as a sentence. */
    private static String capitalised(int line, String message) {
        return line > 0 || message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
