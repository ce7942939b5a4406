package org.masthead.publishing.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.masthead.base.ui.Formats;
import org.masthead.publishing.PreviewReading;
import org.masthead.publishing.PreviewReading.Commented;
import org.masthead.publishing.PreviewReading.Field;
import org.masthead.publishing.PreviewReading.Page;
import org.masthead.publishing.PublicPages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A preview link's page, on the public side's stateless chain (no session, no Vaadin, no script):
 * the issue as it stands, marked "Preview — not released", kept out of search engines and caches,
 * with a form to comment. A link that is not one (made up, cut short, changed) is not found (404);
 * one that expired, was withdrawn or whose issue is out is gone (410), with a sentence on what to do.
 */
@RestController
class PreviewController {

    private static final String ADDRESS = "/archive/preview/{address:[A-Za-z0-9_.-]{1,120}}";
    /** Seconds until the comment window has surely moved on. */
    private static final String RETRY_AFTER = "3600";

    private final PreviewReading reading;
    private final PublicPages pages;

    PreviewController(PreviewReading reading, PublicPages pages) {
        this.reading = reading;
        this.pages = pages;
    }

    @GetMapping(ADDRESS)
    ResponseEntity<byte[]> open(@PathVariable String address, @RequestParam(name = "sent", required = false) String sent) {
        Page page = reading.open(address);
        if (page.answer() != PreviewReading.Answer.OPEN) {
            return closed(page);
        }
        return preview(HttpStatus.OK, address, page, PreviewCommentForm.Typed.NOTHING, Map.of(), sent != null);
    }

    /** The comment form's answer: back to the page when it arrived (so a reload sends nothing twice), else the form again. */
    @PostMapping(ADDRESS)
    ResponseEntity<byte[]> comment(@PathVariable String address, @RequestParam(name = "name", required = false) String name,
                                   @RequestParam(name = "section", required = false) String section,
                                   @RequestParam(name = "comment", required = false) String comment) {
        Commented commented = reading.comment(address, name, section, comment);
        PreviewCommentForm.Typed typed = new PreviewCommentForm.Typed(orEmpty(name), orEmpty(section), orEmpty(comment));
        return switch (commented.outcome()) {
            case RECEIVED -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, "/archive/preview/" + address + "?sent=1#comment")
                    .header("X-Robots-Tag", "noindex").cacheControl(CacheControl.noStore()).build();
            case REFUSED -> preview(HttpStatus.BAD_REQUEST, address, commented.link(), typed, commented.problems(), false);
            case TOO_MANY -> answer(HttpStatus.TOO_MANY_REQUESTS, "Too many comments", "<h1>Too many comments</h1>"
                    + "<p>This preview link has brought in as many comments as it takes in an hour, so yours was not sent. "
                    + "Keep your text, and send it again in an hour; or send it to " + htmlEscape(commented.link().sharedBy())
                    + ", who shared the link.</p><p><a href=\"/archive/preview/" + address + "\">Back to the preview.</a></p>",
                    RETRY_AFTER);
            case LINK_CLOSED -> closed(commented.link());
        };
    }

    private ResponseEntity<byte[]> preview(HttpStatus status, String address, Page page, PreviewCommentForm.Typed typed,
                                           Map<Field, String> problems, boolean sent) {
        String title = "Preview: No. " + page.issueNumber() + ": " + page.issueTitle();
        String banner = "<aside class=\"preview-banner\" aria-label=\"Preview\"><p><strong>Preview — not released.</strong> "
                + "This is issue " + page.issueNumber() + " as it stands now, shared with you by " + htmlEscape(page.sharedBy())
                + ". Every section shows its current text; those not yet approved are marked, and any of it may change "
                + "before release. Please do not pass this link on: it opens until "
                + Formats.zoned(page.expiresAt(), page.zone()) + ".</p></aside>";
        return answer(status, title, banner + page.article()
                + PreviewCommentForm.html("/archive/preview/" + address, page, typed, problems, sent), null);
    }

    private ResponseEntity<byte[]> closed(Page page) {
        String sharedBy = page.sharedBy() == null ? null : htmlEscape(page.sharedBy());
        return switch (page.answer()) {
            case EXPIRED -> answer(HttpStatus.GONE, "Preview expired", "<h1>This preview link has expired</h1><p>The preview of "
                    + "issue " + page.issueNumber() + " was open for a limited time, and that time is over. Ask " + sharedBy
                    + ", who shared it with you, for a new link.</p>", null);
            case REVOKED -> answer(HttpStatus.GONE, "Preview withdrawn", "<h1>This preview link was withdrawn</h1><p>" + sharedBy
                    + ", who shared the preview of issue " + page.issueNumber() + " with you, has withdrawn this link. "
                    + "If you still need to read the issue, ask them.</p>", null);
            case RELEASED -> answer(HttpStatus.GONE, "Released", "<h1>This issue is out</h1><p>Issue " + page.issueNumber()
                    + " has been released, so its preview link no longer opens. <a href=\"/archive/" + page.issueNumber()
                    + "\">Read it in the archive.</a></p>", null);
            case UNKNOWN, OPEN -> answer(HttpStatus.NOT_FOUND, "Preview not found", "<h1>Preview not found</h1><p>This address "
                    + "is not a preview link, or it was cut short. Open it exactly as you received it.</p>", null);
        };
    }

    /** Every answer of a preview link: never cached, never indexed, no session. */
    private ResponseEntity<byte[]> answer(HttpStatus status, String title, String body, String retryAfter) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(ArchiveController.HTML)
                .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex");
        if (retryAfter != null) {
            answer.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return answer.body(pages.previewPage(title, body).getBytes(StandardCharsets.UTF_8));
    }

    private static String orEmpty(String typed) {
        return typed == null ? "" : typed;
    }
}
