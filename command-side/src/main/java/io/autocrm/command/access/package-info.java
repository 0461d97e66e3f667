/**
 * Who is calling, on the command side: the metadata every command carries about its sender (actor, channel,
 * correlation id: {@link io.autocrm.command.access.CommandMetadata}), who sent a command as its handlers read it back
 * and what they may do as such ({@link io.autocrm.command.access.CommandCaller}), and which organisation a customer
 * belongs to ({@link io.autocrm.command.access.Memberships}). The customer-visibility rule itself is the contract's
 * ({@link io.autocrm.access.CustomerVisibility}).
 */
package io.autocrm.command.access;
