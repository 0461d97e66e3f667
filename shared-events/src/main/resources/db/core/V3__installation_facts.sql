-- Facts about this installation that the application records once, e.g. that the demo data was seeded.
CREATE TABLE directory.installation_fact (
    fact        VARCHAR(64) PRIMARY KEY,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
