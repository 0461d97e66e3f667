package io.autocrm.command.directory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Admin-defined regular expressions: each compiled once, and given at most {@link #BUDGET} to match a value, so a
 * pattern prone to catastrophic backtracking cannot hold a command (and its transaction) for minutes.
 */
final class TimedRegex {

    static final Duration BUDGET = Duration.ofMillis(50);
    private static final int MAX_COMPILED = 256;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private TimedRegex() {
    }

    /** The compiled pattern, from a cache of the patterns in use (emptied should it ever hold too many). */
    static Pattern compiled(String regex) {
        if (COMPILED.size() >= MAX_COMPILED) {
            COMPILED.clear();
        }
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    /**
     * Whether the value matches the pattern in full.
     *
     * @throws MatchRanOutOfTime when matching took longer than the budget
     */
    static boolean matchesFully(Pattern pattern, String value) {
        return pattern.matcher(new Deadline(value, System.nanoTime() + BUDGET.toNanos())).matches();
    }

    /** Matching a value took longer than {@link #BUDGET}. */
    static final class MatchRanOutOfTime extends RuntimeException {

        MatchRanOutOfTime() {
            super("matching took longer than " + BUDGET.toMillis() + " ms", null, false, false);
        }
    }

    /** The value as the matcher reads it: every character read checks the clock. */
    private record Deadline(CharSequence text, long deadlineNanos) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new MatchRanOutOfTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.subSequence(start, end), deadlineNanos);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
