/** Test support shared by the command side's packages: ordering concurrent transactions in race tests. */
package io.autocrm.command.testing;
