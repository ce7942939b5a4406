package org.masthead.mailing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads one message of the bounce mailbox: an RFC 3464 delivery status notification (5.x.x hard,
 * 4.x.x or "delayed" soft), an RFC 5965 feedback report (a complaint), the common bounces that
 * follow neither (a mailer daemon's text with a status or reply code), or an automatic reply
 * (RFC 3834 Auto-Submitted, vacation messages), which changes nothing. What it is about comes from
 * the signed envelope address (Verp) found anywhere in it: the bounce's own To, or the returned
 * message's headers.
 */
@Component
class BounceParser {

    private static final Pattern ENHANCED_STATUS = Pattern.compile("(?<![0-9.])([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?![0-9])");
    private static final Pattern REPLY_CODE = Pattern.compile("(?m)(?:^|[\\s:(])([45][0-9][0-9])[\\s-]");
    private static final Pattern CANDIDATE = Pattern.compile("[A-Za-z0-9._-]+\\+[dnDN][0-9]{1,18}\\.[0-9a-fA-F]{20}@[A-Za-z0-9.-]+");
    private static final Pattern DAEMON = Pattern.compile("(?i)mailer-daemon|postmaster|mail delivery (sub)?system");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)undeliver|undelivered|delivery (status notification|failure|has failed)"
            + "|failure notice|returned mail|mail delivery failed|delivery problem|could not be delivered|non[- ]?delivery");
    private static final Pattern VACATION_SUBJECT = Pattern.compile("(?i)^(auto(matic)?[ -]?(reply|response)|out of (the )?office"
            + "|abwesenheit|vacation|away from)");

    private final Verp verp;

    BounceParser(Verp verp) {
        this.verp = verp;
    }

    Bounce read(MimeMessage message) throws MessagingException, IOException {
        String raw = raw(message);
        String sourceId = sourceId(message, raw);
        Verp.Target target = target(raw);
        ContentType type = new ContentType(message.getContentType());
        String reportType = type.getParameter("report-type");
        if (type.match("multipart/report") && "feedback-report".equalsIgnoreCase(reportType)) {
            return new Bounce(Bounce.Kind.COMPLAINT, feedbackType(message), null, target, sourceId);
        }
        if (type.match("multipart/report") && "delivery-status".equalsIgnoreCase(reportType)) {
            Optional<Bounce> dsn = deliveryStatus(message, target, sourceId);
            if (dsn.isPresent()) {
                return dsn.get();
            }
        }
        if (isAutoReply(message)) {
            return new Bounce(Bounce.Kind.AUTO_REPLY, null, null, target, sourceId);
        }
        if (looksLikeABounce(message)) {
            return nonStandard(raw, target, sourceId);
        }
        return new Bounce(Bounce.Kind.UNKNOWN, null, null, target, sourceId);
    }

    /** RFC 3464: the first per-recipient block that failed or was delayed decides. */
    private Optional<Bounce> deliveryStatus(MimeMessage message, Verp.Target target, String sourceId)
            throws MessagingException, IOException {
        Part status = find(message, "message/delivery-status");
        if (status == null) {
            return Optional.empty();
        }
        String text = text(status);
        // The per-message block, then one block per recipient, each a header block of its own.
        String[] blocks = text.replace("\r\n", "\n").split("\n\\s*\n");
        boolean sawRecipient = false;
        for (String block : blocks) {
            InternetHeaders fields = new InternetHeaders(new ByteArrayInputStream((block.strip() + "\n\n").getBytes(StandardCharsets.UTF_8)));
            String action = first(fields, "Action");
            String code = first(fields, "Status");
            if (action == null && code == null) {
                continue;
            }
            sawRecipient = true;
            String diagnostic = first(fields, "Diagnostic-Code");
            String statusCode = code == null ? null : code.strip().split("\\s")[0];
            String act = action == null ? "" : action.strip().toLowerCase(Locale.ROOT);
            if (act.equals("failed") || (act.isEmpty() && statusCode != null && statusCode.startsWith("5"))) {
                boolean permanent = statusCode == null || statusCode.startsWith("5");
                return Optional.of(new Bounce(permanent ? Bounce.Kind.HARD : Bounce.Kind.SOFT, statusCode == null ? "5.0.0" : statusCode,
                        clean(diagnostic), target, sourceId));
            }
            if (act.equals("delayed") || (statusCode != null && statusCode.startsWith("4"))) {
                return Optional.of(new Bounce(Bounce.Kind.SOFT, statusCode == null ? "4.0.0" : statusCode, clean(diagnostic), target,
                        sourceId));
            }
        }
        return sawRecipient ? Optional.of(new Bounce(Bounce.Kind.NOTHING_TO_DO, null, null, target, sourceId)) : Optional.empty();
    }

    /** A mailer daemon's plain text: an enhanced status code, else an SMTP reply code; 5 hard, 4 soft. */
    private static Bounce nonStandard(String raw, Verp.Target target, String sourceId) {
        String body = raw.substring(Math.max(0, raw.indexOf("\r\n\r\n")));
        Matcher enhanced = ENHANCED_STATUS.matcher(body);
        while (enhanced.find()) {
            String code = enhanced.group();
            if (!code.startsWith("2")) {
                return new Bounce(code.startsWith("5") ? Bounce.Kind.HARD : Bounce.Kind.SOFT, code, lineAround(body, enhanced.start()),
                        target, sourceId);
            }
        }
        Matcher reply = REPLY_CODE.matcher(body);
        if (reply.find()) {
            String code = reply.group(1);
            return new Bounce(code.startsWith("5") ? Bounce.Kind.HARD : Bounce.Kind.SOFT, code.charAt(0) + ".0.0",
                    lineAround(body, reply.start(1)), target, sourceId);
        }
        return new Bounce(Bounce.Kind.UNKNOWN, null, null, target, sourceId);
    }

    /** RFC 3834 Auto-Submitted (anything but "no"), and what vacation programs write without it. */
    private static boolean isAutoReply(MimeMessage message) throws MessagingException {
        String submitted = message.getHeader("Auto-Submitted", null);
        if (submitted != null && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = message.getHeader("Precedence", null);
        if (message.getHeader("X-Autoreply", null) != null || message.getHeader("X-Autorespond", null) != null
                || (precedence != null && precedence.strip().equalsIgnoreCase("auto_reply"))) {
            return true;
        }
        String subject = message.getSubject();
        return subject != null && VACATION_SUBJECT.matcher(subject.strip()).find();
    }

    private static boolean looksLikeABounce(MimeMessage message) throws MessagingException {
        String from = message.getHeader("From", null);
        String subject = message.getSubject();
        return (from != null && DAEMON.matcher(from).find()) || (subject != null && BOUNCE_SUBJECT.matcher(subject).find());
    }

    private Verp.Target target(String raw) {
        Matcher candidates = CANDIDATE.matcher(raw);
        while (candidates.find()) {
            Optional<Verp.Target> target = verp.read(candidates.group());
            if (target.isPresent()) {
                return target.get();
            }
        }
        return null;
    }

    private static String feedbackType(MimeMessage message) throws MessagingException, IOException {
        Part report = find(message, "message/feedback-report");
        if (report == null) {
            return "abuse";
        }
        InternetHeaders fields = new InternetHeaders(new ByteArrayInputStream((text(report).strip() + "\n\n")
                .getBytes(StandardCharsets.UTF_8)));
        String type = first(fields, "Feedback-Type");
        return type == null ? "abuse" : type.strip().toLowerCase(Locale.ROOT);
    }

    private static Part find(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = find(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A part's text whatever JavaMail makes of its type (message/* parts may come as streams). */
    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String first(InternetHeaders fields, String name) {
        String[] values = fields.getHeader(name);
        return values == null || values.length == 0 ? null : values[0].replaceAll("\\s+", " ").strip();
    }

    private static String clean(String diagnostic) {
        if (diagnostic == null) {
            return null;
        }
        String text = diagnostic.replaceFirst("(?i)^smtp;\\s*", "").strip();
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }

    private static String lineAround(String body, int at) {
        int start = body.lastIndexOf('\n', at) + 1;
        int end = body.indexOf('\n', at);
        return clean(body.substring(start, end < 0 ? body.length() : end));
    }

    private static String raw(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /** The bounce's own Message-ID, else a digest of its bytes: the same message is the same bounce. */
    private static String sourceId(MimeMessage message, String raw) throws MessagingException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
