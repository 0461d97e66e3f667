/** How the projections write a batch of events at once: the same rows, the same dead-lettering, per ticket. */
package io.autocrm.query.batching;
