-- Module identity: people who use Lantern, their roles, second factors and API tokens.
CREATE TABLE app_user (
    id                   uuid PRIMARY KEY,
    username             text        NOT NULL UNIQUE,
    display_name         text        NOT NULL,
    password_hash        text        NOT NULL,
    must_change_password boolean     NOT NULL DEFAULT false,
    totp_secret          bytea,          -- encrypted (protection module)
    totp_enabled         boolean     NOT NULL DEFAULT false,
    totp_last_step       bigint      NOT NULL DEFAULT 0,
    failed_attempts      integer     NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    enabled              boolean     NOT NULL DEFAULT true,
    office               text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    last_sign_in_at      timestamptz,
    CONSTRAINT username_is_simple CHECK (username ~ '^[a-z0-9._-]{3,64}$')
);

CREATE TABLE user_role (
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE api_token (
    id           uuid PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         text        NOT NULL,
    token_hash   char(64)    NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_token_user ON api_token (user_id);
