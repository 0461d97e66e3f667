/**
 * The one JSON configuration of AutoCRM: the rules for the contract's ids and enums ({@link io.autocrm.json.JsonRules}),
 * applied by one module per Jackson major (Jackson 2 for Axon's serializer and the benchmark generator, Jackson 3 for the
 * web layer), the event store's mapper, and the strict rules for request bodies.
 */
package io.autocrm.json;
