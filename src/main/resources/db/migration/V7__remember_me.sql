-- Devices a facilitator chose to keep signed in on ("Dit apparaat onthouden"). The browser's cookie
-- holds the series and a token; only a SHA-256 hash of the token is stored. The token is replaced
-- at every automatic sign-in; the token before stays valid for a few seconds, for requests that
-- were under way at the same moment. Plain SQL for H2 and PostgreSQL alike.
create table remembered_device (
    series varchar(64) primary key,
    username varchar(100) not null references account (username) on delete cascade,
    token_hash varchar(64) not null,
    previous_token_hash varchar(64),
    rotated_at timestamp with time zone,
    created_at timestamp with time zone not null,
    last_used timestamp with time zone not null
);
create index remembered_device_username on remembered_device (username);
