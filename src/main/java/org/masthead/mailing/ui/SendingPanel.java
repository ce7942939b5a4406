package org.masthead.mailing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import org.masthead.base.Counting;
import org.masthead.base.WorkflowException;
import org.masthead.base.ui.Formats;
import org.masthead.mailing.Sending;
import org.masthead.mailing.SendingProgress;

/**
 * The mail part of the release screen. Before the release: whom it will reach, whether mail can go
 * out at all, and "Send a test to me". After: each mailing's queued / sent / failed / total with
 * its failures, followed live (the screen asks every two seconds while mail is still to go).
 */
public class SendingPanel extends Div {

    static final int POLL_MILLIS = 2_000;

    private final Sending sending;
    private final Paragraph audience = new Paragraph();
    private final Paragraph noServer = new Paragraph();
    private final Button sendTest = new Button("Send a test to me");
    private final Paragraph testResult = new Paragraph();
    private final Div mailings = new Div();
    private long issueId;
    private boolean released;
    private ZoneId zone = ZoneId.of("UTC");
    private Registration polling;

    public SendingPanel(Sending sending) {
        this.sending = sending;
        setId("sending");
        audience.setId("mail-audience");
        noServer.setId("mail-not-configured");
        noServer.addClassName("notice");
        sendTest.setId("send-test");
        sendTest.addClickListener(e -> sendTest());
        testResult.setId("send-test-result");
        mailings.setId("mailings");
        add(new H3("Mail"), noServer, audience, sendTest, testResult, mailings);
    }

    /**
     * Shows the issue's mail. {@code mayTest}: whether this person may send themselves a test (the
     * service checks it again).
     */
    public void show(long issueId, boolean released, boolean mayTest, ZoneId zone) {
        this.issueId = issueId;
        this.released = released;
        this.zone = zone;
        Sending.Audience reach = sending.audience();
        audience.setText(released ? "" : "Released, the email goes to " + Formats.count(reach.confirmed(), "confirmed subscriber")
                + ", each once, with their own unsubscribe link.");
        audience.setVisible(!released);
        noServer.setText(reach.noServer().orElse(""));
        noServer.setVisible(reach.noServer().isPresent());
        sendTest.setVisible(!released && mayTest);
        testResult.setVisible(false);
        showProgress();
    }

    private void sendTest() {
        try {
            String address = sending.sendTestTo(issueId);
            testResult.setText("A test of the email went to " + address + ", marked [Test]; its unsubscribe link unsubscribes nobody.");
        } catch (WorkflowException refused) {
            testResult.setText(refused.getMessage());
        }
        testResult.setVisible(true);
    }

    private void showProgress() {
        SendingProgress progress = sending.progressOf(issueId);
        mailings.removeAll();
        progress.notice().ifPresent(notice -> {
            noServer.setText(notice);
            noServer.setVisible(true);
        });
        if (released && progress.mailings().isEmpty()) {
            // Released before there was a mailing list at all (or imported as a back issue).
            mailings.add(new Paragraph("This issue was not mailed."));
        }
        boolean stillSending = false;
        for (SendingProgress.Mailing mailing : progress.mailings()) {
            mailings.add(mailingOf(mailing));
            stillSending |= mailing.queued() > 0;
        }
        keepPolling(stillSending);
    }

    private Div mailingOf(SendingProgress.Mailing mailing) {
        Div shown = new Div();
        shown.addClassName("mailing");
        shown.getElement().setAttribute("data-mailing", Long.toString(mailing.id()));
        String what = (mailing.correction() ? "The correction" : "The release")
                + (mailing.total() == 0 ? ": " : ", mailed " + Formats.moment(mailing.queuedAt(), zone) + ": ");
        Paragraph sentence = new Paragraph(what + mailing.sentence());
        sentence.addClassName("mailing-sentence");
        if (mailing.total() == 0) {
            shown.add(sentence);
            return shown;
        }
        Paragraph counts = new Paragraph("Queued " + Counting.thousands(mailing.queued()) + " · sent "
                + Counting.thousands(mailing.sent())
                + (mailing.unknown() > 0 ? " · fate unknown " + Counting.thousands(mailing.unknown()) : "")
                + " · failed " + Counting.thousands(mailing.failed())
                + (mailing.skipped() > 0 ? " · skipped (left the list meanwhile) " + Counting.thousands(mailing.skipped()) : "")
                + " · total " + Counting.thousands(mailing.total()));
        counts.addClassName("mailing-counts");
        shown.add(sentence, counts);
        if (mailing.stuck()) {
            Paragraph stuck = new Paragraph("Sending has made no progress for a while. The administrators see it in "
                    + "the health details; check the mail server.");
            stuck.addClassName("notice");
            shown.add(stuck);
        }
        if (!mailing.failures().isEmpty()) {
            shown.add(new Paragraph("Not delivered:"));
            UnorderedList failures = new UnorderedList();
            mailing.failures().forEach(f -> failures.add(new ListItem(f.address() + " — " + f.reason())));
            if (mailing.failed() > mailing.failures().size()) {
                failures.add(new ListItem("and " + Counting.thousands(mailing.failed() - mailing.failures().size()) + " more"));
            }
            shown.add(failures);
        }
        return shown;
    }

    /** Asks again every two seconds while mail is still to go, and stops once it is all out. */
    private void keepPolling(boolean stillSending) {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        if (stillSending && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> showProgress());
        } else if (!stillSending && polling != null) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        polling.remove();
        polling = null;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (issueId != 0) {
            showProgress();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            stopPolling(event.getUI());
        }
    }
}
