package io.autocrm.bench;

import java.util.SplittableRandom;

/** Plausible subjects and message bodies from a small vocabulary (no tabs, newlines or backslashes). */
final class Texts {

    private static final String[] WORDS = ("account access after again agent api app billing bug cannot card change "
            + "charged checkout click could customer dashboard data delivery device download email error export "
            + "failed feature file help hello import integration invoice issue just keeps license login mobile "
            + "month need order page password payment phone plan please problem refund report reset screen "
            + "service settings shipping since slow still subscription support sync team thanks ticket today "
            + "tried update upgrade user using version website week when why working wrong yesterday").split(" ");
    private static final String[] SUBJECTS = {"Cannot log in", "Refund request", "Invoice is wrong",
        "App crashes on start", "Export to CSV fails", "Question about my plan", "Password reset email missing",
        "Order not delivered", "API returns 500", "Feature request", "Charged twice", "Sync is slow",
        "Upgrade to enterprise", "Cancel my subscription", "Mobile app login loop", "Webhook not firing"};

    private Texts() {
    }

    static String subject(SplittableRandom rnd) {
        return SUBJECTS[rnd.nextInt(SUBJECTS.length)] + " (" + WORDS[rnd.nextInt(WORDS.length)] + ")";
    }

    static String body(SplittableRandom rnd) {
        int words = 12 + rnd.nextInt(60);
        StringBuilder b = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(i % 11 == 0 ? ". " : " ");
            }
            b.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }
}
