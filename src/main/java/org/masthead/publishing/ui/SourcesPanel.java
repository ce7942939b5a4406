package org.masthead.publishing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.base.ui.Formats;
import org.masthead.issue.Issue;
import org.masthead.publishing.sources.CaptureState;
import org.masthead.publishing.sources.SourceCapture;
import org.masthead.publishing.sources.SourceCaptures;
import org.masthead.publishing.sources.SourceLinks;

/**
 * The release screen's word on the issue's sources: before release, how many links will be
 * captured; after it, how far the capture is and each failure with its reason (a warning, never in
 * the way), the offline ones, and the whole capture as one {@code .warc.gz} for the publisher.
 */
class SourcesPanel extends Div {

    private static final Pattern MARK = Pattern.compile("/archive/\\d+/sources/(\\d+)\"");

    private final SourceCaptures captures;
    private final boolean publisher;

    SourcesPanel(SourceCaptures captures, boolean publisher) {
        this.captures = captures;
        this.publisher = publisher;
        setId("sources");
    }

    void show(Issue issue, String previewHtml) {
        removeAll();
        add(new H3("Sources"));
        ZoneId zone = issue.getPublication().getTimeZone();
        if (!issue.isReleased()) {
            long links = MARK.matcher(previewHtml).results().map(m -> m.group(1)).distinct().count();
            Paragraph before = new Paragraph(links == 0 ? "The issue links to no outside page, so nothing will be captured."
                    : (links == 1 ? "1 link" : links + " links") + " will be captured for the archive just after the release"
                    + " (it does not wait for them). A link a writer marked \"" + SourceLinks.NO_ARCHIVE + "\" is not captured.");
            before.setId("sources-to-capture");
            add(before);
            return;
        }
        List<SourceCapture> all = captures.of(issue.getId());
        long captured = all.stream().filter(c -> c.getState() == CaptureState.CAPTURED).count();
        long waiting = all.stream().filter(c -> c.getState() == CaptureState.PENDING).count();
        List<SourceCapture> failed = all.stream().filter(c -> c.getState() == CaptureState.FAILED).toList();
        Paragraph progress = new Paragraph(all.isEmpty() ? "The issue cites no outside page."
                : captured + " of " + all.size() + " sources captured" + (waiting > 0 ? ", " + waiting + " still to fetch" : "")
                + (failed.isEmpty() ? "." : ", " + failed.size() + " could not be captured (readers get the link and the reason)."));
        progress.setId("sources-progress");
        add(progress);
        if (!failed.isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.setId("sources-failed");
            failed.forEach(c -> reasons.add(new ListItem(c.getUrl() + ": " + c.getFailure())));
            add(reasons);
        }
        List<SourceCapture> offline = all.stream().filter(SourceCapture::isOffline).toList();
        if (!offline.isEmpty()) {
            UnorderedList gone = new UnorderedList();
            gone.setId("sources-offline");
            offline.forEach(c -> gone.add(new ListItem(c.getUrl() + ": offline since " + Formats.moment(c.getOfflineSince(), zone))));
            add(new Paragraph("Offline now (readers keep the archived copy):"), gone);
        }
        if (publisher && captured > 0) {
            Anchor export = new Anchor(exportOf(captures, issue), AttachmentType.DOWNLOAD, "Download the captures (.warc.gz)");
            export.setId("export-warc");
            add(export);
        }
        if (publisher) {
            List<SourceCapture> thisWeek = captures.wentOfflineThisWeek();
            if (!thisWeek.isEmpty()) {
                UnorderedList week = new UnorderedList();
                week.setId("sources-dead-this-week");
                thisWeek.forEach(c -> week.add(new ListItem("Issue " + c.getIssueNumber() + ": " + c.getUrl() + " (offline since "
                        + Formats.moment(c.getOfflineSince(), zone) + ")")));
                add(new Paragraph("Went offline this week, in every issue:"), week);
            }
        }
    }

    static DownloadHandler exportOf(SourceCaptures captures, Issue issue) {
        return (DownloadEvent event) -> {
            event.setFileName(SourceCaptures.exportName(issue.getNumber()));
            event.setContentType("application/warc");
            captures.exportWarc(issue.getId(), event.getOutputStream());
        };
    }
}
