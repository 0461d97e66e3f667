package io.autocrm.command.ticket;

import io.autocrm.events.common.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Ticket tags: trimmed, lowercased, 1-64 of {@code a-z 0-9 _ : . -}, at most 50 per ticket. */
public final class Tags {

    static final int MAX_PER_TICKET = 50;
    private static final Pattern TAG = Pattern.compile("^[a-z0-9][a-z0-9_:.-]{0,63}$");

    private Tags() {
    }

    /**
     * The normalized, de-duplicated tags in their given order.
     *
     * @throws InvalidInput for a tag that is not valid
     */
    public static List<String> normalize(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (raw != null) {
            for (String tag : raw) {
                tags.add(normalize(tag));
            }
        }
        return List.copyOf(tags);
    }

    /** A ticket's tags after replacing them (when {@code replace} is not null), then adding and removing some. */
    static List<String> target(List<String> current, List<String> replace, List<String> add, List<String> remove) {
        Set<String> tags = new LinkedHashSet<>(replace == null ? current : normalize(replace));
        tags.addAll(normalize(add));
        normalize(remove).forEach(tags::remove);
        return requireAtMostMax(new ArrayList<>(tags));
    }

    static List<String> requireAtMostMax(List<String> tags) {
        if (tags.size() > MAX_PER_TICKET) {
            throw new InvalidInput("A ticket has at most " + MAX_PER_TICKET + " tags.");
        }
        return List.copyOf(tags);
    }

    private static String normalize(String raw) {
        String tag = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!TAG.matcher(tag).matches()) {
            throw new InvalidInput("A tag is 1-64 characters: lowercase letters, digits, '_', ':', '.' or '-', "
                            + "starting with a letter or digit.");
        }
        return tag;
    }
}
