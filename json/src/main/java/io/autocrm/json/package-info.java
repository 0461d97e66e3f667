/**
 * The one JSON configuration of AutoCRM: the rules for the contract's ids and enums ({@link io.autocrm.json.JsonRules})
 * with the web layer's Jackson 3 module and strict request-body rules ({@link io.autocrm.json.Jackson3Rules}), and the
 * event store's Jackson 2 mapper shared by Axon's serializer and the benchmark generator
 * ({@link io.autocrm.json.EventStoreJson}).
 */
package io.autocrm.json;
