/** Triggers and automations end to end over HTTP: the admin API, triggers acting on tickets, automations on time. */
package io.autocrm.app.automations;
