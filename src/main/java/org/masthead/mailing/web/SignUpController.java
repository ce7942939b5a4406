package org.masthead.mailing.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.masthead.base.NotFoundException;
import org.masthead.mailing.PublicFrame;
import org.masthead.mailing.SignUps;
import org.masthead.mailing.SignUps.ConfirmOutcome;
import org.masthead.mailing.SignUps.ResubscribeOutcome;
import org.masthead.mailing.SignUps.SignUpOutcome;
import org.masthead.mailing.SignUps.UnsubscribeOutcome;
import org.masthead.mailing.SubscriberRefused;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-up form's answers and the pages the mails link to, on the public side: plain HTML, no
 * script, no session, never cached. Each page says in a sentence what happened and what to do next.
 */
@RestController
class SignUpController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** Seconds until the sign-up limits' window has surely moved on. */
    private static final String RETRY_AFTER = "3600";
    private static final String BACK = " <a href=\"/archive\">Read the archive.</a>";

    private final SignUps signUps;
    private final PublicFrame frame;

    SignUpController(SignUps signUps, PublicFrame frame) {
        this.signUps = signUps;
        this.frame = frame;
    }

    /** The form on a page of its own, for a reader who reloads or comes back to it. */
    @GetMapping("/archive/subscribe")
    ResponseEntity<byte[]> form() {
        return page(HttpStatus.OK, "Subscribe", "<h1>Subscribe</h1>" + SignUpForm.html());
    }

    /**
     * The form's answer. Known or unknown, pending, confirmed or gone, the address gets the same
     * page: only the address's owner learns, from the mail, which it was. Over a limit, 429 and a
     * sentence: a limit is counted whatever the list knows, so saying so tells nothing about it.
     */
    @PostMapping("/archive/subscribe")
    ResponseEntity<byte[]> subscribe(@RequestParam(name = "email", required = false) String email,
                                     @RequestParam(name = "name", required = false) String name, HttpServletRequest request) {
        SignUpOutcome outcome;
        try {
            outcome = signUps.signUp(email, name, request.getRemoteAddr());
        } catch (SubscriberRefused refused) {
            boolean onAddress = refused.field() != SubscriberRefused.Field.NAME;
            return page(HttpStatus.BAD_REQUEST, "Subscribe", "<h1>Subscribe</h1>" + SignUpForm.html(oneLine(email), oneLine(name),
                    onAddress ? refused.getMessage() : null, onAddress ? null : refused.getMessage()));
        }
        if (outcome == SignUpOutcome.TOO_MANY) {
            ResponseEntity<byte[]> tooMany = page(HttpStatus.TOO_MANY_REQUESTS, "Too many sign-ups", "<h1>Too many sign-ups</h1>"
                    + "<p>There have been too many sign-ups for this address or from your network in the last hour, so no mail was sent. "
                    + "Try again in an hour.</p><p>" + BACK.strip() + "</p>");
            return ResponseEntity.status(tooMany.getStatusCode()).headers(tooMany.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER).body(tooMany.getBody());
        }
        return page(HttpStatus.OK, "Check your inbox", "<h1>Check your inbox</h1>"
                + "<p>If " + htmlEscape(email.strip()) + " can receive mail, a message is on its way to it. "
                + "Open the link in it within " + signUps.confirmWithinInWords() + " to confirm; until then nothing more is sent.</p>"
                + "<p>No mail after a few minutes? Look in the spam folder, or check the address and sign up again." + BACK + "</p>");
    }

    @GetMapping("/archive/subscribe/confirm")
    ResponseEntity<byte[]> confirm(@RequestParam(name = "t", required = false) String token) {
        ConfirmOutcome outcome = signUps.confirm(token);
        String name = htmlEscape(signUps.publicationName());
        return switch (outcome) {
            case CONFIRMED -> page(HttpStatus.OK, "Subscribed", "<h1>You are subscribed</h1><p>Thank you: the next issue of "
                    + name + " comes to your inbox. Every issue has a link to leave in one click." + BACK + "</p>");
            case ALREADY_CONFIRMED -> page(HttpStatus.OK, "Subscribed", "<h1>You are subscribed</h1><p>This address was confirmed "
                    + "already; the next issue of " + name + " comes to your inbox." + BACK + "</p>");
            case EXPIRED -> page(HttpStatus.BAD_REQUEST, "Link expired", "<h1>This link has expired</h1><p>This confirmation link "
                    + "has expired. Sign up again below and open the link in the new mail within " + signUps.confirmWithinInWords()
                    + ".</p>" + SignUpForm.html());
            case NO_LONGER_PENDING -> page(HttpStatus.BAD_REQUEST, "Link no longer open", "<h1>This link no longer confirms "
                    + "anything</h1><p>This address left the list after it signed up. To come back, sign up again below.</p>"
                    + SignUpForm.html());
            case NOT_VALID -> page(HttpStatus.BAD_REQUEST, "Link not valid", "<h1>This link is not valid</h1><p>This confirmation "
                    + "link is not one we sent, or it was cut short. Open the link exactly as the mail has it, or sign up again below.</p>"
                    + SignUpForm.html());
            case UNKNOWN -> page(HttpStatus.NOT_FOUND, "Sign-up not found", "<h1>Sign-up not found</h1><p>This link is for a "
                    + "sign-up that is not on the list any more. Sign up again below.</p>" + SignUpForm.html());
        };
    }

    /** The link in every mail: one click unsubscribes, and the page says so, with a way back. */
    @GetMapping("/archive/unsubscribe")
    ResponseEntity<byte[]> unsubscribe(@RequestParam(name = "t", required = false) String token) {
        UnsubscribeOutcome outcome = signUps.unsubscribe(token);
        return unsubscribed(outcome, token);
    }

    /**
     * RFC 8058's one-click unsubscribe: the mail program posts {@code List-Unsubscribe=One-Click}
     * to the List-Unsubscribe address. Answered 200 with the page, never a redirect (it is not
     * followed). The signed token is what counts; the body is not required.
     */
    @PostMapping("/archive/unsubscribe")
    ResponseEntity<byte[]> oneClick(@RequestParam(name = "t", required = false) String token) {
        return unsubscribed(signUps.unsubscribe(token), token);
    }

    @PostMapping("/archive/resubscribe")
    ResponseEntity<byte[]> subscribeAgain(@RequestParam(name = "t", required = false) String token) {
        ResubscribeOutcome outcome = signUps.subscribeAgain(token);
        String name = htmlEscape(signUps.publicationName());
        return switch (outcome) {
            case SUBSCRIBED_AGAIN -> page(HttpStatus.OK, "Subscribed again", "<h1>Welcome back</h1><p>You are subscribed again: "
                    + "the next issue of " + name + " comes to your inbox." + BACK + "</p>");
            case ALREADY_SUBSCRIBED -> page(HttpStatus.OK, "Subscribed", "<h1>You are subscribed</h1><p>The next issue of "
                    + name + " comes to your inbox." + BACK + "</p>");
            case SIGN_UP_INSTEAD -> page(HttpStatus.OK, "Sign up again", "<h1>Sign up again</h1><p>This address cannot simply be "
                    + "put back on the list. Sign up below; you get a mail with a link to confirm.</p>" + SignUpForm.html());
            case NOT_VALID, UNKNOWN -> notValidUnsubscribe(outcome == ResubscribeOutcome.UNKNOWN);
        };
    }

    private ResponseEntity<byte[]> unsubscribed(UnsubscribeOutcome outcome, String token) {
        String name = htmlEscape(signUps.publicationName());
        return switch (outcome) {
            case UNSUBSCRIBED, ALREADY_LEFT -> page(HttpStatus.OK, "Unsubscribed", "<h1>You are unsubscribed</h1>"
                    + "<p>This address gets no more issues of " + name + ". The archive stays open to read." + BACK + "</p>"
                    + "<form class=\"subscribe\" action=\"/archive/resubscribe\" method=\"post\">"
                    + "<input type=\"hidden\" name=\"t\" value=\"" + htmlEscape(token) + "\">"
                    + "<p>Did you click by mistake? <button type=\"submit\">Subscribe me again</button></p></form>");
            case NOT_VALID, UNKNOWN -> notValidUnsubscribe(outcome == UnsubscribeOutcome.UNKNOWN);
        };
    }

    private ResponseEntity<byte[]> notValidUnsubscribe(boolean unknown) {
        if (unknown) {
            return page(HttpStatus.NOT_FOUND, "Not on the list", "<h1>Not on the list</h1><p>Nobody is on the list for this link: "
                    + "the data behind it was deleted. No more issues go to it." + BACK + "</p>");
        }
        return page(HttpStatus.BAD_REQUEST, "Link not valid", "<h1>This link is not valid</h1><p>This unsubscribe link is not one "
                + "we sent, or it was cut short. Open the link exactly as the mail has it; every issue has one." + BACK + "</p>");
    }

    /** No publication set up yet: there is no list to sign up to. 503, like the rest of the archive. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notOpen() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "300").contentType(HTML)
                .cacheControl(CacheControl.noStore()).body(frame.page("Not open yet",
                        "<h1>Not open yet</h1><p>This archive is not open yet; try again later.</p>").getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> page(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                .body(frame.page(title, body).getBytes(StandardCharsets.UTF_8));
    }

    /** What was typed, shown back in the field: one line (a line break typed into it is why it was refused). */
    private static String oneLine(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
