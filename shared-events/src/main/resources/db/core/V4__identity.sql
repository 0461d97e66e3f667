-- Identity: who may sign in, and the state of the embedded OpenID Connect issuer, shared by every node.
CREATE SCHEMA IF NOT EXISTS identity;

-- A login. id is the agent's id (directory.agent.id) for agents and admins, the customer's id (pii.customer.id) for
-- customers: the id recorded as the actor of everything the person does.
CREATE TABLE identity.user_account (
    id                  UUID        PRIMARY KEY,
    email               TEXT        NOT NULL,
    role                VARCHAR(16) NOT NULL CHECK (role IN ('customer', 'agent', 'admin')),
    -- DelegatingPasswordEncoder format ({bcrypt}...); null for people who sign in through an external issuer only.
    password_hash       TEXT,
    enabled             BOOLEAN     NOT NULL DEFAULT true,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    password_changed_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX user_account_email_unique ON identity.user_account (lower(email));

-- Password reset links: only the SHA-256 of the secret is kept; each works once, for 30 minutes.
CREATE TABLE identity.password_reset_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES identity.user_account (id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX password_reset_token_user ON identity.password_reset_token (user_id);
CREATE INDEX password_reset_token_expiry ON identity.password_reset_token (expires_at);

-- Sign-ups waiting for proof of the address: nothing is created until the link mailed to it is followed. Then the
-- address's existing customer gets the login, or a new customer is registered. Holds the chosen password's hash.
-- customer_id: the customer the address belonged to when the sign-up came in (so that erasure finds the row).
CREATE TABLE identity.signup_claim (
    token_hash    VARCHAR(64) PRIMARY KEY,
    email         TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    customer_id   UUID,
    expires_at    TIMESTAMPTZ NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX signup_claim_email ON identity.signup_claim (lower(email));
CREATE INDEX signup_claim_expiry ON identity.signup_claim (expires_at);

-- Failed sign-ins, for throttling by email and by client address (15-minute window). Emails are kept lower-case,
-- whether or not an account has them; rows older than the window are purged.
CREATE TABLE identity.login_failure (
    id          BIGSERIAL   PRIMARY KEY,
    email       TEXT        NOT NULL,
    remote_addr TEXT        NOT NULL,
    failed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_email ON identity.login_failure (email, failed_at);
CREATE INDEX login_failure_addr ON identity.login_failure (remote_addr, failed_at);
CREATE INDEX login_failure_time ON identity.login_failure (failed_at);

-- The issuer's signing keys (JWK JSON with the private part). The newest is used to sign; all are published.
CREATE TABLE identity.signing_key (
    kid        VARCHAR(64) PRIMARY KEY,
    jwk        TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Settings an admin changes at run time.
CREATE TABLE identity.setting (
    key        VARCHAR(64) PRIMARY KEY,
    value      TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO identity.setting (key, value) VALUES ('customer_signup', 'false');

-- Mail waiting to be sent (reset links, sign-up claims). Delivery is the email channel's job; until then the rows
-- are the record. subject_id: the user or customer the mail is about, so that erasure deletes it.
CREATE TABLE identity.email_outbox (
    id         UUID        PRIMARY KEY,
    subject_id UUID,
    recipient  TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at    TIMESTAMPTZ
);
CREATE INDEX email_outbox_subject ON identity.email_outbox (subject_id);
CREATE INDEX email_outbox_unsent ON identity.email_outbox (created_at) WHERE sent_at IS NULL;
-- Caps mail per address (sign-up and reset links): recent mails to one recipient.
CREATE INDEX email_outbox_recipient ON identity.email_outbox (lower(recipient), created_at);

-- Spring Authorization Server's tables (DDL shipped in spring-security-oauth2-authorization-server 7.1.1), adapted
-- to PostgreSQL: blob -> text, timestamp -> timestamptz. Authorization codes and refresh tokens survive restarts and
-- are honoured by every node.
CREATE TABLE identity.oauth2_authorization (
    id                            VARCHAR(100)  NOT NULL,
    registered_client_id          VARCHAR(100)  NOT NULL,
    principal_name                VARCHAR(200)  NOT NULL,
    authorization_grant_type      VARCHAR(100)  NOT NULL,
    authorized_scopes             VARCHAR(1000) DEFAULT NULL,
    attributes                    TEXT          DEFAULT NULL,
    state                         VARCHAR(500)  DEFAULT NULL,
    authorization_code_value      TEXT          DEFAULT NULL,
    authorization_code_issued_at  TIMESTAMPTZ   DEFAULT NULL,
    authorization_code_expires_at TIMESTAMPTZ   DEFAULT NULL,
    authorization_code_metadata   TEXT          DEFAULT NULL,
    access_token_value            TEXT          DEFAULT NULL,
    access_token_issued_at        TIMESTAMPTZ   DEFAULT NULL,
    access_token_expires_at       TIMESTAMPTZ   DEFAULT NULL,
    access_token_metadata         TEXT          DEFAULT NULL,
    access_token_type             VARCHAR(100)  DEFAULT NULL,
    access_token_scopes           VARCHAR(1000) DEFAULT NULL,
    oidc_id_token_value           TEXT          DEFAULT NULL,
    oidc_id_token_issued_at       TIMESTAMPTZ   DEFAULT NULL,
    oidc_id_token_expires_at      TIMESTAMPTZ   DEFAULT NULL,
    oidc_id_token_metadata        TEXT          DEFAULT NULL,
    refresh_token_value           TEXT          DEFAULT NULL,
    refresh_token_issued_at       TIMESTAMPTZ   DEFAULT NULL,
    refresh_token_expires_at      TIMESTAMPTZ   DEFAULT NULL,
    refresh_token_metadata        TEXT          DEFAULT NULL,
    user_code_value               TEXT          DEFAULT NULL,
    user_code_issued_at           TIMESTAMPTZ   DEFAULT NULL,
    user_code_expires_at          TIMESTAMPTZ   DEFAULT NULL,
    user_code_metadata            TEXT          DEFAULT NULL,
    device_code_value             TEXT          DEFAULT NULL,
    device_code_issued_at         TIMESTAMPTZ   DEFAULT NULL,
    device_code_expires_at        TIMESTAMPTZ   DEFAULT NULL,
    device_code_metadata          TEXT          DEFAULT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX oauth2_authorization_principal ON identity.oauth2_authorization (principal_name);
-- Lookups by token value (the service's findByToken); codes and refresh tokens are short random strings.
CREATE INDEX oauth2_authorization_code ON identity.oauth2_authorization (authorization_code_value);
CREATE INDEX oauth2_authorization_refresh ON identity.oauth2_authorization (refresh_token_value);
CREATE INDEX oauth2_authorization_state ON identity.oauth2_authorization (state);

CREATE TABLE identity.oauth2_authorization_consent (
    registered_client_id VARCHAR(100)  NOT NULL,
    principal_name       VARCHAR(200)  NOT NULL,
    authorities          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);
