package org.masthead.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.masthead.backup.BackupService;

/** The administrator's backup: download one now, and what the schedule does. */
@Route("backup")
@PageTitle("Backup · Masthead")
@Menu(order = 7, title = "Backup")
@RolesAllowed("ADMIN")
public class BackupView extends VerticalLayout {

    public BackupView(BackupService backups) {
        add(new H2("Backup"));
        if (backups.available()) {
            Anchor download = new Anchor(downloadOf(backups), AttachmentType.DOWNLOAD, "Download a backup now");
            download.setId("download-backup");
            add(new Paragraph("A backup holds everything: people, issues, sections, revisions, notes, "
                    + "the audit trail and every edition. Keep it somewhere safe; it includes password hashes."),
                    download);
        }
        Paragraph schedule = new Paragraph(backups.scheduleDescription());
        schedule.setId("backup-schedule");
        add(schedule);
    }

    static DownloadHandler downloadOf(BackupService backups) {
        return event -> {
            event.setFileName(backups.nextFileName());
            event.setContentType("application/zip");
            backups.writeBackup(event.getOutputStream());
        };
    }
}
