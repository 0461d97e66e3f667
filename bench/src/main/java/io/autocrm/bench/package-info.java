/**
 * Benchmarks of the assembled AutoCRM against raw PostgreSQL baselines measured in the same run: data set generation,
 * the command path, queue reads, write-to-screen latency, replay and footprint. See BENCHMARKS.md.
 */
package io.autocrm.bench;
