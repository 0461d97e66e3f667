package io.autocrm.command.ticket;

/** Hands out human-friendly ticket numbers (#1001, #1002, ...); gaps are possible, repeats never. */
@FunctionalInterface
interface TicketNumbers {

    long next();
}
