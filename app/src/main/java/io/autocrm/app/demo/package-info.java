/**
 * Demo data for the default run: a small support organisation with a few dozen tickets in every state, seeded once
 * into an empty database through the real commands, so its history is as real as any other.
 */
package io.autocrm.app.demo;
