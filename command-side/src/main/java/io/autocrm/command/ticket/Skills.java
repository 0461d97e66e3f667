package io.autocrm.command.ticket;

import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.ticket.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of a ticket's required skills: skill keys as the admin defines them, levels 1-3, each skill once. */
public final class Skills {

    /** At most this many skills may be required of one ticket. */
    public static final int MAX = 20;
    /** The form of a skill's key. */
    public static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9-]{0,63}$");

    private Skills() {
    }

    /**
     * The requirements in a canonical order (by skill key).
     *
     * @throws InvalidInput for a malformed key, a level outside 1-3, a skill named twice, or more than {@link #MAX}
     */
    public static List<SkillRequirement> requireValid(List<SkillRequirement> skills) {
        if (skills.size() > MAX) {
            throw new InvalidInput("A ticket can require at most " + MAX + " skills.");
        }
        Set<String> seen = new HashSet<>();
        List<SkillRequirement> sorted = new ArrayList<>();
        for (SkillRequirement requirement : skills) {
            if (requirement == null || requirement.skill() == null || !KEY.matcher(requirement.skill()).matches()) {
                throw new InvalidInput("A skill is named by its key: lower-case letters, digits and '-', e.g. 'billing'.");
            }
            if (requirement.level() < 1 || requirement.level() > 3) {
                throw new InvalidInput("Skill levels are 1 (basic), 2 (good) or 3 (expert); '" + requirement.skill()
                        + "' has " + requirement.level() + ".");
            }
            if (!seen.add(requirement.skill())) {
                throw new InvalidInput("The skill '" + requirement.skill() + "' is required twice.");
            }
            sorted.add(requirement);
        }
        sorted.sort(Comparator.comparing(SkillRequirement::skill));
        return List.copyOf(sorted);
    }
}
