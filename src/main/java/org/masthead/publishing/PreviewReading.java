package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.section.NoteLength;
import org.masthead.section.ReviewNote;
import org.masthead.section.ReviewNotes;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.masthead.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outside reader's side of a preview link, with nobody signed in: the issue as it stands now,
 * and a comment on one of its sections. The signed link is the only proof: an address whose
 * signature does not hold names nothing; a known link answers whether it still opens. Once it
 * does, the reading runs through the desk's own services under the name {@value #READER} with the
 * reading role only, and a comment under the name the reader gave, so the trail says who it was.
 */
@Service
public class PreviewReading {

    /** What a preview link's address answers. */
    public enum Answer { OPEN, UNKNOWN, EXPIRED, REVOKED, RELEASED }

    /** The fields of the comment form, each with its own sentence when refused. */
    public enum Field { NAME, SECTION, COMMENT }

    public record Choice(long sectionId, String heading) {
    }

    /**
     * What the link's page shows. Past {@link Answer#OPEN} only the answer and, where it helps the
     * reader, who shared it (to ask for a new one) or the released issue's number.
     */
    public record Page(Answer answer, int issueNumber, String issueTitle, String article, List<Choice> sections,
                       String sharedBy, Instant expiresAt, ZoneId zone) {

        static Page only(Answer answer, int issueNumber, String sharedBy) {
            return new Page(answer, issueNumber, null, null, List.of(), sharedBy, null, null);
        }
    }

    public enum Outcome { RECEIVED, REFUSED, TOO_MANY, LINK_CLOSED }

    /** A comment's answer: received, refused (with a sentence per field), over the link's limit, or the link's own answer. */
    public record Commented(Outcome outcome, Page link, Map<Field, String> problems) {
    }

    static final String READER = "preview link";

    private final PreviewLinkRepository links;
    private final PreviewAddress addresses;
    private final IssueService issues;
    private final SectionService sections;
    private final ReviewNotes notes;
    private final UserService users;
    private final EditionRenderer renderer;
    private final AuditTrail audit;
    private final PreviewLinkPolicy policy;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    PreviewReading(PreviewLinkRepository links, PreviewAddress addresses, IssueService issues, SectionService sections,
                   ReviewNotes notes, UserService users, EditionRenderer renderer, AuditTrail audit, PreviewLinkPolicy policy,
                   Clock clock, PlatformTransactionManager transactions) {
        this.inTransaction = new TransactionTemplate(transactions);
        this.links = links;
        this.addresses = addresses;
        this.issues = issues;
        this.sections = sections;
        this.notes = notes;
        this.users = users;
        this.renderer = renderer;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** The link's page: the issue as readers would get it now, or why the link no longer opens. Counts as an opening. */
    public Page open(String address) {
        return RunAs.as(READER, Set.of(Role.WRITER), () -> inTransaction.execute(tx -> {
            Optional<PreviewLink> found = find(address, false);
            if (found.isEmpty()) {
                return Page.only(Answer.UNKNOWN, 0, null);
            }
            Page page = page(found.get());
            if (page.answer() == Answer.OPEN) {
                links.markOpened(found.get().getId(), clock.instant());
            }
            return page;
        }));
    }

    /**
     * A comment through the link: checked field by field (each refusal a sentence), counted against
     * the link's limit (the link's row is locked meanwhile, so two nodes count one after the other),
     * then a review note from "Name (preview link)" on the section, audited; its writer and the
     * link's maker are told.
     */
    public Commented comment(String address, String name, String sectionId, String text) {
        // The whole transaction under one name: the desk is told after it commits, still as this reader.
        String actor = name == null || name.isBlank() || name.strip().length() > ReviewNote.OUTSIDE_NAME_MAX ? READER
                : oneLine(name) + ReviewNote.THROUGH_PREVIEW_LINK;
        return RunAs.as(actor, Set.of(Role.WRITER), () -> inTransaction.execute(tx -> commentChecked(address, name, sectionId, text)));
    }

    private Commented commentChecked(String address, String name, String sectionId, String text) {
        Optional<PreviewLink> found = find(address, true);
        if (found.isEmpty()) {
            return new Commented(Outcome.LINK_CLOSED, Page.only(Answer.UNKNOWN, 0, null), Map.of());
        }
        PreviewLink link = found.get();
        Page page = page(link);
        if (page.answer() != Answer.OPEN) {
            return new Commented(Outcome.LINK_CLOSED, page, Map.of());
        }
        Map<Field, String> problems = problems(name, sectionId, text, page.sections());
        if (!problems.isEmpty()) {
            return new Commented(Outcome.REFUSED, page, problems);
        }
        if (!link.countComment(clock.instant(), policy.commentsPerWindow(), policy.commentWindow())) {
            return new Commented(Outcome.TOO_MANY, page, Map.of());
        }
        String who = oneLine(name);
        long section = Long.parseLong(sectionId);
        notes.fromPreviewLink(section, who, text, List.of(link.getCreatedBy()));
        audit.record(AuditAction.PREVIEW_COMMENT_RECEIVED, link.getIssueId(), section, null, null,
                "Preview link " + link.getId() + ".");
        return new Commented(Outcome.RECEIVED, page, Map.of());
    }

    /** The link the address names, when its signature holds and it says the expiry the record has. */
    private Optional<PreviewLink> find(String address, boolean lock) {
        return addresses.read(address).flatMap(signed -> (lock ? links.lockByToken(signed.token()) : links.findByToken(signed.token()))
                .filter(link -> signed.expires().equals(link.getExpiresAt())));
    }

    private Page page(PreviewLink link) {
        Issue issue = issues.require(link.getIssueId());
        String sharedBy = users.displayNameOf(link.getCreatedBy());
        if (issue.isReleased()) {
            return Page.only(Answer.RELEASED, issue.getNumber(), sharedBy);
        }
        switch (link.statusAt(clock.instant())) {
            case REVOKED:
                return Page.only(Answer.REVOKED, issue.getNumber(), sharedBy);
            case EXPIRED:
                return Page.only(Answer.EXPIRED, issue.getNumber(), sharedBy);
            default:
                break;
        }
        List<Section> kept = sections.keptSectionsOf(issue.getId());
        Instant date = issue.isScheduled() ? issue.getScheduledFor() : issue.getPlannedRelease();
        String article = marked(renderer.forOneIssue().article(issue, kept, date, EditionHistory.first(issue.getNumber())), kept);
        return new Page(Answer.OPEN, issue.getNumber(), issue.getTitle(), article,
                kept.stream().map(s -> new Choice(s.getId(), s.getHeading())).toList(), sharedBy, link.getExpiresAt(),
                issue.getPublication().getTimeZone());
    }

    /** Every section's current text, each one not yet approved marked as such under its heading. */
    private static String marked(String article, List<Section> kept) {
        Document page = Jsoup.parseBodyFragment(article);
        page.outputSettings().prettyPrint(false);
        List<Element> shown = page.select("article > section");
        for (int i = 0; i < shown.size() && i < kept.size(); i++) {
            Section section = kept.get(i);
            shown.get(i).id("section-" + section.getId());
            if (section.getState() != SectionState.APPROVED) {
                Element heading = shown.get(i).selectFirst("h2");
                if (heading != null) {
                    heading.after("<p class=\"preview-status\">" + notApproved(section.getState()) + "</p>");
                }
            }
        }
        return page.body().html();
    }

    private static String notApproved(SectionState state) {
        return switch (state) {
            case DRAFT -> "Not yet approved: still being written.";
            case IN_REVIEW -> "Not yet approved: with the editors for review.";
            case RETURNED -> "Not yet approved: back with its writer for changes.";
            case APPROVED -> "Approved.";
        };
    }

    private static Map<Field, String> problems(String name, String sectionId, String text, List<Choice> choices) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (name == null || name.isBlank()) {
            problems.put(Field.NAME, "Give your name, so the desk knows who wrote.");
        } else if (name.strip().length() > ReviewNote.OUTSIDE_NAME_MAX) {
            problems.put(Field.NAME, "A name has at most " + ReviewNote.OUTSIDE_NAME_MAX + " characters.");
        } else if (!oneLine(name).equals(name.strip())) {
            problems.put(Field.NAME, "A name fits on one line.");
        }
        if (sectionId == null || choices.stream().noneMatch(c -> Long.toString(c.sectionId()).equals(sectionId))) {
            problems.put(Field.SECTION, "Choose the section your comment is about.");
        }
        if (text == null || text.isBlank()) {
            problems.put(Field.COMMENT, "Write your comment before sending it.");
        } else {
            NoteLength.problem("A comment", text).ifPresent(sentence -> problems.put(Field.COMMENT, sentence));
        }
        return problems;
    }

    private static String oneLine(String typed) {
        return typed.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
