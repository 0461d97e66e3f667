/**
 * The AutoCRM application: assembles the command side, the query side and the UI into one Spring Boot process, and
 * holds what only a running process needs (database, Axon wiring, HTTP error mapping, demo data).
 */
package io.autocrm.app;
