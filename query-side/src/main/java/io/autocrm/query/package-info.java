/**
 * The query side of AutoCRM: projections of ticket events into PostgreSQL read models, and the queries, REST endpoints
 * and live streams that read them.
 *
 * <p>One package per read model ({@code queue}, {@code ticketdetail}, {@code audit}, {@code history}), each holding its
 * projection, table mapping, query handling and endpoint. Read models hold no personal data: names, emails, subjects
 * and bodies are joined from {@code pii} and {@code directory} at read time. Never depends on the command side.
 */
package io.autocrm.query;
