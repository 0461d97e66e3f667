package io.autocrm.app.demo;

import java.util.List;

/** What the demo says: the people, and the stories their tickets tell. Plain data, no logic. */
final class DemoScript {

    record Person(String name, String email) {
    }

    /** One ticket's story: who asks what, how agents answer, and where it ends. */
    record Story(String subject, String description, String reply, String note, String followUp, String priority,
            String type, String channel, List<String> tags, String team, Ending ending) {
    }

    enum Ending { NEW, OPEN, PENDING, ON_HOLD, AWAITING_VENDOR, SOLVED, CLOSED, REOPENED }

    static final List<Person> AGENTS = List.of(
            new Person("Ada Lovelace", "ada@autocrm.example"),
            new Person("Grace Hopper", "grace@autocrm.example"),
            new Person("Alan Turing", "alan@autocrm.example"));

    static final List<String> TEAMS = List.of("Support", "Billing", "Engineering");

    /** Customers: the first three belong to Acme (which shares tickets), the next two to Globex, the rest to none. */
    static final List<Person> CUSTOMERS = List.of(
            new Person("Wile E. Coyote", "wile@acme.example"),
            new Person("Road Runner", "beep@acme.example"),
            new Person("Marvin Martian", "marvin@acme.example"),
            new Person("Hank Scorpio", "hank@globex.example"),
            new Person("Homer Simpson", "homer@globex.example"),
            new Person("Lisa Park", "lisa.park@mail.example"),
            new Person("Omar Haddad", "omar.haddad@mail.example"),
            new Person("Sofia Rossi", "sofia.rossi@mail.example"));

    static final List<Story> STORIES = List.of(
            new Story("Cannot log in after password reset", "I reset my password but the new one is rejected.",
                    "Sorry about that! I've cleared the lockout on your account; please try again.",
                    "Lockout counter was stuck at 5; cleared by hand.", "Works now, thank you!",
                    "high", "incident", "email", List.of("login", "account"), "Support", Ending.SOLVED),
            new Story("Invoice shows the wrong VAT number", "Our November invoice has last year's VAT number.",
                    "Thanks for spotting it. I've asked billing to reissue the invoice.",
                    "Reissue needs finance approval.", null,
                    "normal", "task", "email", List.of("invoice"), "Billing", Ending.PENDING),
            new Story("Export to CSV times out", "Exporting 40k contacts fails after a minute.",
                    "We can reproduce this and have passed it to engineering.",
                    "Vendor's export API limits pages to 1k rows; waiting on their fix.", null,
                    "high", "problem", "web", List.of("export", "bug"), "Engineering", Ending.AWAITING_VENDOR),
            new Story("How do I add a second admin?", "Where can I give my colleague admin rights?",
                    "Under Settings > Team, choose the colleague and tick 'Admin'.", null, null,
                    "low", "question", "chat", List.of("how-to"), "Support", Ending.CLOSED),
            new Story("Charged twice this month", "My card was charged twice for the Pro plan.",
                    "I see the double charge and have refunded the second one.",
                    "Refund 49.00 issued.", "The refund has not arrived yet.",
                    "urgent", "incident", "email", List.of("refund", "billing"), "Billing", Ending.REOPENED),
            new Story("Feature request: dark mode", "Would love a dark theme for late shifts.",
                    "Thanks! I've added your vote to the dark-mode request.", null, null,
                    "low", "task", "widget", List.of("feature-request"), "Engineering", Ending.ON_HOLD),
            new Story("API returns 500 on /orders", "Since this morning every call to /orders fails.",
                    "Engineering is on it; we'll update you within the hour.",
                    "Incident INC-311 open; DB failover in progress.", null,
                    "urgent", "incident", "api", List.of("api", "outage"), "Engineering", Ending.OPEN),
            new Story("Change of billing address", "We moved offices; please update our billing address.",
                    null, null, null,
                    "normal", "task", "email", List.of("billing"), null, Ending.NEW),
            new Story("Mobile app crashes on start", "The Android app closes right after the splash screen.",
                    "Could you tell us your Android version and app version?", null, null,
                    "high", "problem", "chat", List.of("mobile", "bug"), "Engineering", Ending.PENDING),
            new Story("Cancel my subscription", "Please cancel at the end of this billing period.",
                    "Done: your plan ends on the last day of this period.", "Retention offer declined.", null,
                    "normal", "task", "web", List.of("cancellation"), "Billing", Ending.SOLVED),
            new Story("Webhook signatures do not verify", "Our HMAC check fails on every delivery.",
                    "Make sure you sign the raw body, before JSON parsing.", null, null,
                    "normal", "question", "api", List.of("webhooks", "api"), "Support", Ending.OPEN),
            new Story("Data retention question", "How long do you keep closed tickets?",
                    null, null, null,
                    "low", "question", "email", List.of("privacy"), null, Ending.NEW));

    /**
     * A closed ticket of the first customer (Wile E. Coyote of Acme), so the portal shows what replying to a closed
     * ticket does (a follow-up ticket) with the demo's logins.
     */
    static final Story CLOSED_FOR_THE_PORTAL = new Story("Welcome e-mail went to spam",
            "Our new colleagues found the welcome e-mail in their spam folder.",
            "We've added DKIM signing for your domain; new welcome e-mails should reach the inbox now.",
            "DKIM record published for acme.example.", null,
            "normal", "question", "email", List.of("email"), "Support", Ending.CLOSED);

    /**
     * A new ticket of a VIP (Hank Scorpio of Globex), told last: the demo's trigger "VIP: urgent and flagged" raises it
     * to urgent and adds a note.
     */
    static final Story VIP_OUTAGE = new Story("Our whole team is locked out",
            "Since the upgrade an hour ago nobody at Globex can sign in. We have a board meeting at noon.",
            null, null, null, "normal", "incident", "email", List.of("vip"), "Support", Ending.NEW);

    private DemoScript() {
    }
}
