/** End-to-end tests of the assignment engine: teams' methods, agents' status and capacity, the waiting queue. */
package io.autocrm.app.assignment;
