/**
 * Saved views of the ticket queue: named filters, columns and sort, personal to their creator or shared with every
 * agent, validated by the queue's own parameter parser so that a saved view always runs.
 */
package io.autocrm.query.views;
