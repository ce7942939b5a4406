package org.masthead.mailing;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox over IMAP (Jakarta Mail): every message in masthead.mail.bounces.folder
 * is read (BounceParser); what was understood is applied (BounceRecorder) and moved to the
 * processed folder; what was not is left where it is, unread by nobody, for a person to look at.
 * Nothing is ever deleted unread. Run by BounceMailboxTask, on one node at a time.
 */
@Component
class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

    /** What one poll did. */
    record Poll(int read, int applied, int moved, int left) {
    }

    private final BounceSettings settings;
    private final BounceParser parser;
    private final BounceRecorder recorder;

    BounceMailbox(BounceSettings settings, BounceParser parser, BounceRecorder recorder) {
        this.settings = settings;
        this.parser = parser;
        this.recorder = recorder;
    }

    Poll poll() throws MessagingException {
        if (!settings.mailboxSet()) {
            return new Poll(0, 0, 0, 0);
        }
        Session session = Session.getInstance(properties());
        try (Store store = session.getStore(settings.imapProtocol())) {
            store.connect(settings.imapHost(), settings.imapPort(), settings.imapUsername(), settings.imapPassword());
            Folder inbox = store.getFolder(settings.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                return sort(store, inbox);
            } finally {
                inbox.close(true);   // expunges what was copied to the processed folder
            }
        }
    }

    private Poll sort(Store store, Folder inbox) throws MessagingException {
        List<Message> understood = new ArrayList<>();
        int applied = 0;
        int left = 0;
        Message[] messages = inbox.getMessages();
        for (Message message : messages) {
            Bounce bounce;
            try {
                bounce = parser.read((MimeMessage) message);
            } catch (MessagingException | IOException | RuntimeException unreadable) {
                log.warn("A message in the bounce mailbox could not be read and stays there: {}", unreadable.getMessage());
                left++;
                continue;
            }
            if (!bounce.understood()) {
                left++;
                continue;
            }
            if (recorder.record(bounce)) {
                applied++;
            }
            understood.add(message);
        }
        if (!understood.isEmpty()) {
            Folder processed = store.getFolder(settings.processedFolder());
            if (!processed.exists()) {
                processed.create(Folder.HOLDS_MESSAGES);
            }
            Message[] moving = understood.toArray(Message[]::new);
            inbox.copyMessages(moving, processed);
            inbox.setFlags(moving, new Flags(Flags.Flag.DELETED), true);
        }
        return new Poll(messages.length, applied, understood.size(), left);
    }

    private Properties properties() {
        Properties props = new Properties();
        String millis = String.valueOf(SmtpConnection.TIMEOUT.toMillis());
        for (String protocol : new String[] {"imap", "imaps"}) {
            props.put("mail." + protocol + ".connectiontimeout", millis);
            props.put("mail." + protocol + ".timeout", millis);
            props.put("mail." + protocol + ".writetimeout", millis);
        }
        return props;
    }
}
