package io.autocrm.command.routing;

import java.util.Set;

/**
 * What anyone but routing changed on a ticket since it was created: those properties are theirs, and routing leaves
 * them alone (a person moving a ticket to another team is not overruled by the rule that had put it elsewhere).
 * {@code properties} among {@code team}, {@code priority}, {@code type}, {@code assignee}, {@code skills};
 * {@code removedTags}: tags someone took off, which routing does not add again.
 */
record PersonsChanges(Set<String> properties, Set<String> removedTags) {

    static final PersonsChanges NONE = new PersonsChanges(Set.of(), Set.of());

    PersonsChanges {
        properties = Set.copyOf(properties);
        removedTags = Set.copyOf(removedTags);
    }

    boolean touched(String property) {
        return properties.contains(property);
    }
}
