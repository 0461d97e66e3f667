/**
 * Small helpers every read model shares: reads of one ticket with read-your-writes waiting and their error codes,
 * request parameter parsing, shared processing group names, times, metadata, custom fields and JSON.
 */
package io.autocrm.query.support;
