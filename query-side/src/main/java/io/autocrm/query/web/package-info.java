/**
 * What the query side's endpoints share: reads of one ticket with the answers the API promises (not found, waiting
 * for {@code minVersion}), whether a viewer may see it, actors and their names as entries show them, and request
 * parameter parsing.
 */
package io.autocrm.query.web;
