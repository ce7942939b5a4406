package org.masthead;

import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The app in a JVM of its own for {@link SendingCrashIT}: starts on the given database with mail
 * going to the given SMTP port, puts {@code subscribers} confirmed readers on the list, releases
 * a ready issue and prints "RELEASED". Then it sends, until the test kills it.
 */
public final class SendingNode {

    private SendingNode() {
    }

    public static void main(String[] args) {
        String databaseUrl = args[0];
        int smtpPort = Integer.parseInt(args[1]);
        int subscribers = Integer.parseInt(args[2]);
        PrintStream out = System.out;
        List<String> settings = new ArrayList<>(SendingCrashIT.settings(databaseUrl, smtpPort));
        settings.add("--logging.level.root=error");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(settings.toArray(String[]::new));
        ServiceTest.useSecurityOf(app.getBean(SecurityContextHolderStrategy.class));
        Desk desk = app.getBean(Desk.class);
        desk.reset();
        long issueId = desk.readyIssue();
        SendingCrashIT.confirmedSubscribers(desk, subscribers);
        as("paula", roles(Role.PUBLISHER), () -> app.getBean(ReleaseService.class).release(issueId));
        out.println("RELEASED " + issueId);
        out.flush();
    }
}
