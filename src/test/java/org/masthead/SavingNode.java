package org.masthead;

import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import java.io.PrintStream;
import org.masthead.section.SectionService;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The app in a JVM of its own for {@link CrashIT}: starts on the given database, then saves a
 * section again and again, each time adding one line, and prints "ACK n" once save n has
 * returned, which is when the editor would tell the writer it is saved. It never stops by
 * itself before its bound; the test kills it.
 */
public final class SavingNode {

    static final int MOST_SAVES = 20_000;

    private SavingNode() {
    }

    public static void main(String[] args) {
        String databaseUrl = args[0];
        PrintStream out = System.out;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + databaseUrl, "--logging.level.root=error");
        ServiceTest.useSecurityOf(app.getBean(SecurityContextHolderStrategy.class));
        Desk desk = app.getBean(Desk.class);
        SectionService sections = app.getBean(SectionService.class);
        desk.reset();
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.assign(sectionId, "wendy");
        out.println("SECTION " + sectionId);
        StringBuilder body = new StringBuilder();
        for (int save = 1; save <= MOST_SAVES; save++) {
            body.append(CrashIT.line(save));
            long version = desk.section(sectionId).getVersion();
            as("wendy", roles(Role.WRITER), () -> sections.saveBody(sectionId, body.toString(), version));
            out.println("ACK " + save);
            out.flush();
        }
        out.println("DONE");
    }
}
