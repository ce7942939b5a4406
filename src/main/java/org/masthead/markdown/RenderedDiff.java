package org.masthead.markdown;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What changed between two renderings, shown the way readers see the text: the new text as it
 * renders (headings, lists, bold, links), with inserted words in {@code <ins class="diff-ins">}
 * and deleted words in {@code <del class="diff-del">}, and what happened to link targets told in
 * sentences beside it ({@link #linkNotes()}) instead of inside the words.
 *
 * <p>Both texts come from {@link MarkdownRenderer}, already sanitised. Each becomes a stream of
 * tokens: an element's opening and closing (compared by tag name only, so a changed address or
 * heading id is no structural change) and the words, spaces and punctuation of its text
 * ({@link WordDiff#tokens}). The streams are compared with Myers' algorithm; the output is built
 * as a DOM from the new text's elements in their order, so it is well formed whatever changed:
 * deleted elements leave only their words, struck through where they stood (a deleted list item
 * stays a list item, a deleted paragraph a paragraph). The result passes the
 * {@link Sanitiser} again, with only the two diff classes added to its allow-list.
 */
public final class RenderedDiff {

    /** Elements whose direct text is only layout (the newlines between blocks), not words. */
    private static final Set<String> CONTAINERS = Set.of("body", "ul", "ol", "blockquote", "table", "thead", "tbody",
            "tr", "div");
    private static final Set<String> VOID = Set.of("br", "hr", "img");
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "tr", "td", "th", "ul", "ol", "table", "div");

    private final String html;
    private final List<String> linkNotes;
    private final boolean changed;

    private RenderedDiff(String html, List<String> linkNotes, boolean changed) {
        this.html = html;
        this.linkNotes = List.copyOf(linkNotes);
        this.changed = changed;
    }

    /** What changed from {@code before} to {@code after}, both rendered by {@link MarkdownRenderer}. */
    public static RenderedDiff between(Rendering before, Rendering after) {
        return new Builder(tokens(before.bodyCopy()), tokens(after.bodyCopy())).build();
    }

    /** Sanitised HTML of the new text with insertions and deletions marked; empty for an empty text. */
    public String html() {
        return html;
    }

    /** One sentence per link whose target changed, that appeared or that went. */
    public List<String> linkNotes() {
        return linkNotes;
    }

    /** Whether readers would see any difference: words, formatting or a link's target. */
    public boolean hasChanges() {
        return changed;
    }

    private enum Type { OPEN, CLOSE, TEXT }

    /** One token; equal when of one type and key, whatever element it came from. */
    private record Token(Type type, String key, Element element) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Token token && token.type == type && token.key.equals(key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, key);
        }

        boolean isBlockTag() {
            return type != Type.TEXT && BLOCKS.contains(key);
        }
    }

    private enum Kind { SAME, DELETED, INSERTED }

    /** A token kept (before and after), deleted (before only) or inserted (after only). */
    private record Op(Kind kind, Token before, Token after) {

        Token token() {
            return kind == Kind.INSERTED ? after : before;
        }
    }

    /**
     * Myers' algorithm finds one shortest diff, but a removed list item "two" between "one" and
     * "three" is as short deleted as {@code two </li> <li>} as it is as {@code <li> two </li>}.
     * A run of deletions (or insertions) between kept tokens can slide while the token it gives
     * up equals the one it takes; where one position holds whole elements, that one is taken,
     * so a removed item reads as a removed item.
     */
    static void slideToWholeBlocks(List<Op> ops) {
        int i = 0;
        while (i < ops.size()) {
            Kind kind = ops.get(i).kind();
            int j = i;
            while (j < ops.size() && ops.get(j).kind() == kind) {
                j++;
            }
            boolean bordered = (i == 0 || ops.get(i - 1).kind() == Kind.SAME) && (j == ops.size() || ops.get(j).kind() == Kind.SAME);
            if (kind != Kind.SAME && bordered) {
                slide(ops, i, j, kind);
            }
            i = j;
        }
    }

    private static void slide(List<Op> ops, int start, int end, Kind kind) {
        List<Op> tried = new ArrayList<>(ops);
        int i = start;
        int j = end;
        while (i > 0 && tried.get(i - 1).kind() == Kind.SAME && side(tried.get(i - 1), kind).equals(tried.get(j - 1).token())) {
            Op kept = tried.get(i - 1);
            Op moved = tried.get(j - 1);
            tried.set(i - 1, changed(kind, side(kept, kind)));
            tried.set(j - 1, kind == Kind.DELETED ? new Op(Kind.SAME, moved.token(), kept.after()) : new Op(Kind.SAME, kept.before(), moved.token()));
            i--;
            j--;
        }
        while (true) {
            if (isWhole(tried.subList(i, j))) {
                for (int k = Math.min(i, start); k < Math.max(j, end); k++) {
                    ops.set(k, tried.get(k));
                }
                return;
            }
            if (j >= tried.size() || tried.get(j).kind() != Kind.SAME || !side(tried.get(j), kind).equals(tried.get(i).token())) {
                return;
            }
            Op moved = tried.get(i);
            Op kept = tried.get(j);
            tried.set(i, kind == Kind.DELETED ? new Op(Kind.SAME, moved.token(), kept.after()) : new Op(Kind.SAME, kept.before(), moved.token()));
            tried.set(j, changed(kind, side(kept, kind)));
            i++;
            j++;
        }
    }

    private static Token side(Op op, Kind kind) {
        return kind == Kind.DELETED ? op.before() : op.after();
    }

    private static Op changed(Kind kind, Token token) {
        return kind == Kind.DELETED ? new Op(kind, token, null) : new Op(kind, null, token);
    }

    /** Whether the tokens open with an element and close every element they open, and no other. */
    private static boolean isWhole(List<Op> run) {
        if (run.isEmpty() || run.get(0).token().type() != Type.OPEN) {
            return false;
        }
        int depth = 0;
        for (Op op : run) {
            Token token = op.token();
            boolean opens = token.type() == Type.OPEN && !VOID.contains(token.key().split(" ")[0]);
            depth += opens ? 1 : token.type() == Type.CLOSE ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static List<Token> tokens(Element body) {
        List<Token> tokens = new ArrayList<>();
        for (Node child : body.childNodes()) {
            addTokens(child, body, tokens);
        }
        return tokens;
    }

    private static void addTokens(Node node, Element parent, List<Token> tokens) {
        if (node instanceof TextNode text) {
            if (!(CONTAINERS.contains(parent.normalName()) && text.isBlank())) {
                for (String word : WordDiff.tokens(text.getWholeText())) {
                    tokens.add(new Token(Type.TEXT, word, null));
                }
            }
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            // A changed picture is another picture; a changed link address is told in a note.
            String key = tag.equals("img") ? "img " + element.attr("src") : tag;
            tokens.add(new Token(Type.OPEN, key, element));
            if (!VOID.contains(tag)) {
                for (Node child : element.childNodes()) {
                    addTokens(child, element, tokens);
                }
                tokens.add(new Token(Type.CLOSE, key, element));
            }
        }
    }

    /** Walks the compared streams once, building the new text's DOM with the changes marked. */
    private static final class Builder {

        private final List<Token> old;
        private final List<Token> now;
        private final Document out = Document.createShell("");
        private final List<String> notes = new ArrayList<>();
        private Element current = out.body();
        /** The paragraph or list item made to hold deleted words where the new text has none. */
        private Element deletionHolder;
        private boolean changed;

        Builder(List<Token> old, List<Token> now) {
            this.old = old;
            this.now = now;
        }

        RenderedDiff build() {
            out.outputSettings().prettyPrint(false);
            List<Op> ops = ops();
            slideToWholeBlocks(ops);
            for (Op op : ops) {
                switch (op.kind()) {
                    case SAME -> same(op.before(), op.after());
                    case DELETED -> deleted(op.before());
                    case INSERTED -> inserted(op.after());
                }
            }
            return new RenderedDiff(Sanitiser.cleanDiff(out.body().html()), notes, changed || !notes.isEmpty());
        }

        /** The compared streams as one list: each token kept (with its twin), deleted or inserted. */
        private List<Op> ops() {
            List<Op> ops = new ArrayList<>();
            int o = 0;
            int n = 0;
            for (AbstractDelta<Token> delta : patch().getDeltas()) {
                int start = delta.getSource().getPosition();
                while (o < start) {
                    ops.add(new Op(Kind.SAME, old.get(o++), now.get(n++)));
                }
                delta.getSource().getLines().forEach(t -> ops.add(new Op(Kind.DELETED, t, null)));
                delta.getTarget().getLines().forEach(t -> ops.add(new Op(Kind.INSERTED, null, t)));
                o += delta.getSource().size();
                n += delta.getTarget().size();
            }
            while (o < old.size()) {
                ops.add(new Op(Kind.SAME, old.get(o++), now.get(n++)));
            }
            return ops;
        }

        /** Myers' algorithm within WordDiff's limit; past it, everything between is replaced whole. */
        private Patch<Token> patch() {
            if (old.size() > WordDiff.TOKENS_MAX || now.size() > WordDiff.TOKENS_MAX) {
                return replacedWhole();
            }
            try {
                return DiffUtils.diff(old, now, new WordDiff.ChangeLimit());
            } catch (WordDiff.TooManyChanges e) {
                return replacedWhole();
            }
        }

        private Patch<Token> replacedWhole() {
            Patch<Token> patch = new Patch<>();
            if (!old.isEmpty() || !now.isEmpty()) {
                patch.addDelta(new ChangeDelta<>(new Chunk<>(0, old), new Chunk<>(0, now)));
            }
            return patch;
        }

        private void same(Token before, Token after) {
            switch (after.type()) {
                case OPEN -> {
                    open(after.element());
                    if (after.key().equals("a")) {
                        noteChangedTarget(before.element(), after.element());
                    }
                }
                case CLOSE -> close();
                case TEXT -> current.appendText(after.key());
            }
        }

        private void inserted(Token token) {
            changed = true;
            switch (token.type()) {
                case OPEN -> {
                    if (token.key().startsWith("img")) {
                        mark(current, "ins").appendChild(shallowCopy(token.element()));
                        return;
                    }
                    open(token.element());
                    if (token.key().equals("a") && isExternal(token.element())) {
                        notes.add("“" + token.element().text() + "” now links to " + shortAddress(token.element()) + ".");
                    }
                }
                case CLOSE -> close();
                case TEXT -> mark(current, "ins").appendText(token.key());
            }
        }

        private void deleted(Token token) {
            changed = true;
            switch (token.type()) {
                case OPEN -> {
                    if (token.key().equals("a") && isExternal(token.element())) {
                        notes.add("The link on “" + token.element().text() + "” was removed (it went to "
                                + shortAddress(token.element()) + ").");
                    } else if (token.key().startsWith("img")) {
                        String alt = token.element().attr("alt");
                        mark(holderForDeletion(), "del").appendText(alt.isBlank() ? "(picture)" : "(picture: " + alt + ")");
                    }
                    endDeletedBlock(token);
                }
                case CLOSE -> endDeletedBlock(token);
                case TEXT -> mark(holderForDeletion(), "del").appendText(token.key());
            }
        }

        /** Words of two deleted blocks are not run together: the next deleted words start afresh. */
        private void endDeletedBlock(Token token) {
            if (!token.isBlockTag()) {
                return;
            }
            if (deletionHolder != null) {
                deletionHolder = null;
            } else if (current.childNodeSize() > 0 && current.lastChild() instanceof Element last
                    && last.normalName().equals("del")) {
                last.appendText(" ");
            }
        }

        private void open(Element element) {
            Element copy = shallowCopy(element);
            current.appendChild(copy);
            deletionHolder = null;
            if (!VOID.contains(element.normalName())) {
                current = copy;
            }
        }

        private void close() {
            current = current.parent();
            deletionHolder = null;
        }

        /** Deleted words go where they stood; inside a list or table, in an item or cell of their own. */
        private Element holderForDeletion() {
            String tag = current.normalName();
            if (!CONTAINERS.contains(tag)) {
                return current;
            }
            if (deletionHolder == null || deletionHolder.parent() == null) {
                deletionHolder = switch (tag) {
                    case "ul", "ol" -> current.appendElement("li");
                    case "tr" -> current.appendElement("td");
                    case "table", "thead", "tbody" -> current.appendElement("tr").appendElement("td");
                    default -> current.appendElement("p");
                };
            }
            return deletionHolder;
        }

        /** The {@code <ins>} or {@code <del>} at the end of the element, continued or begun. */
        private static Element mark(Element parent, String tag) {
            if (parent.childNodeSize() > 0 && parent.lastChild() instanceof Element last && last.normalName().equals(tag)) {
                return last;
            }
            return parent.appendElement(tag).addClass("diff-" + tag);
        }

        private void noteChangedTarget(Element before, Element after) {
            String was = before.attr("href");
            String is = after.attr("href");
            if (!was.equals(is) && (isExternal(before) || isExternal(after))) {
                notes.add("The link “" + after.text() + "” now goes to " + shortAddress(after) + " (was "
                        + shortAddress(before) + ").");
            }
        }
    }

    /** The element without its children or id: the new text's ids belong to the preview beside the diff. */
    private static Element shallowCopy(Element element) {
        Element copy = element.shallowClone();
        copy.removeAttr("id");
        return copy;
    }

    private static boolean isExternal(Element link) {
        return !link.attr("href").startsWith("#");
    }

    /** An address as people say it: without "https://" and a trailing slash. */
    static String shortAddress(Element link) {
        String href = link.attr("href").replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("^mailto:", "");
        return href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
    }
}
