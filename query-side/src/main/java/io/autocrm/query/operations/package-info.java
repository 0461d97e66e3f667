/**
 * Operating the read models: their processors' progress and lag (also as metrics), parked events and their retry, a
 * rebuild that drops the schema and replays every event with the secondary indexes deferred, and the vacuum after it.
 */
package io.autocrm.query.operations;
