package io.autocrm.command.routing;

/** One property a rule changes, as people read it: {@code team} from one id to another, {@code tags} adding some. */
public record RoutingChange(String field, String from, String to) {
}
