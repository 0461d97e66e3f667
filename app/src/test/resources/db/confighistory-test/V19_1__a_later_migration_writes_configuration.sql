-- Only for ConfigurationHistoryTest: a later migration that writes configuration is recorded as 'migration'.
INSERT INTO directory.team (id, name) VALUES ('00000000-0000-0000-0000-0000000019a1', 'Written by a migration');
