/** Events of the Ticket aggregate, one record each, past tense, with the ticket id first. */
package io.autocrm.events.ticket;
