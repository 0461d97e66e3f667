package io.autocrm.command.directory;

/**
 * Facts about this installation that the application records once (that the demo data was seeded), in
 * {@code directory.installation_fact}; for the modules outside the command side, which write no directory table.
 */
public interface InstallationFacts {

    /** Whether {@code fact} was recorded. */
    boolean holds(String fact);

    /** Records {@code fact}; recording it again changes nothing. */
    void record(String fact);
}
