/** Operating the read models: their processors' progress, and a rebuild that drops the schema and replays every event. */
package io.autocrm.query.operations;
