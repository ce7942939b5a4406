package org.masthead.demo;

import java.util.List;

/** Invented briefing text for the demo issues, one entry per template slot. */
final class DemoTexts {

    static final String FOOTER = "*The Narrative Watch* is the weekly briefing of a fictional research programme "
            + "that tracks influence operations and the policies that answer them. "
            + "You receive it because you subscribed on our website; reply to this mail to unsubscribe.";

    static final List<String> RELEASED = List.of(
            """
            - Three large platforms published their first transparency reports under the new rules.
            - A coordinated network of fake local news sites was taken down after a joint investigation.
            - Researchers found that fact-checks travel further when they quote the original claim sparingly.
            """,
            """
            A listener calls the radio quiz: "What is the capital of our country?"
            The host: "Correct, and well done for not saying anything else."
            """,
            """
            **Transparency reports, first round**

            The first transparency reports are in, and they are uneven. Two platforms counted removed accounts;
            one counted *reviewed* posts, which cannot be compared with either.

            Analysts at several institutes asked for a shared template before the next round, so that numbers
            can be read side by side. The regulator said it would consult on one before spring.

            **Fake local news, real reach**

            A network of forty websites posing as local newspapers was removed this week. The sites recycled
            wire copy and slipped in a handful of invented stories about energy prices, which then spread
            through community groups.
            """,
            """
            **State laws on synthetic media**

            Two more states passed laws requiring labels on synthetic political advertising. Campaigns must now
            disclose when an image or a voice in an advertisement was generated, with fines for repeat offences.
            """,
            """
            **"The West is tired"**

            This week's leading narrative held that Western publics have tired of supporting their neighbours.
            State outlets quoted selectively from polls and gave prominence to small protests.

            The line is not new, but its timing is: it arrived days before a round of budget votes, in the
            languages of the countries that hold them.

            > Polls show steady support in most countries; the narrative relies on the few that do not.
            """);

    static final List<String> CURRENT = List.of(
            """
            - Ad libraries miss a third of political ads, an audit finds.
            - A long-running troll farm resurfaces under a new name.
            """,
            """
            Two friends meet. "How is life?" "Like the weather forecast: officially sunny."
            """,
            """
            **Parliament questions platform executives**

            Members of the committee asked three platforms how they verify who pays for political ads.
            The answers differed widely.
            """,
            """
            **Election officials prepare for deepfakes**

            Election officials in several states ran exercises this month on how to answer a fake audio clip
            released on the eve of the vote: who confirms, who speaks, and how fast.
            """,
            "");

    /** Issue 2: every section approved, ready for a newcomer to release and watch reach the demo readers. */
    static final List<String> READY = List.of(
            """
            - Three ministries publish their first transparency reports on paid influence.
            - A fact-checking network now works in twelve languages.
            """,
            """
            A man asks Radio Yerevan: "Will there be a war?" "No. But there will be such a struggle for peace
            that not a stone will be left standing."
            """,
            """
            **Draft rules for political ads**

            The regulator published draft rules that would make every political ad say, in the ad itself,
            who paid for it. Comments are open for a month.
            """,
            """
            **States share a playbook on fake robocalls**

            Election officials from both parties agreed on one way to warn voters about fake calls in the
            last days of a campaign.
            """,
            """
            **"The West is tired"**

            State television returned this week to a favourite theme: that Europe's support is running out.
            Polls in most countries say otherwise.
            """);

    private DemoTexts() {
    }
}
