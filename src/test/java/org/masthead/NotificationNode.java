package org.masthead;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.masthead.mailing.NotificationMails;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app in a JVM of its own for {@link NotificationCrashIT}: starts on the given database with
 * mail going to the given SMTP port, queues {@code count} notification mails (person-1@example.org
 * and on) in one committed transaction, as an action does, and prints "QUEUED". Then its outbox
 * task sends them, until the test kills it.
 */
public final class NotificationNode {

    private NotificationNode() {
    }

    public static void main(String[] args) {
        String databaseUrl = args[0];
        int smtpPort = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        PrintStream out = System.out;
        List<String> settings = new ArrayList<>(NotificationCrashIT.settings(databaseUrl, smtpPort));
        settings.add("--logging.level.root=error");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(settings.toArray(String[]::new));
        ServiceTest.useSecurityOf(app.getBean(SecurityContextHolderStrategy.class));
        // No Desk.reset(): the database is new, and the reset would take the outbox's recurring job with it.
        NotificationMails notifications = app.getBean(NotificationMails.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        int queued = Desk.as("erin", Desk.roles(Role.EDITOR), () -> transaction.execute(status ->
                IntStream.rangeClosed(1, count).map(n -> notifications.queue(List.of(NotificationCrashIT.address(n)),
                        "Masthead: your turn (" + n + ")", "Erin Editor returned a section to you (" + n + ").")).sum()));
        out.println("QUEUED " + queued);
        out.flush();
    }
}
