/**
 * The outside world's ways in and out (ARCHITECTURE.md, docs/adr/017): what arrives becomes ticket commands; what
 * leaves is delivered from an outbox written in the transaction of what caused it.
 */
package io.autocrm.channels;
