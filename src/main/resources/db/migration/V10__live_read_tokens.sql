-- The read token of a meeting's live API (/live): whoever holds it may follow what the projector shows.
-- Only a SHA-256 hash of the token is stored; a new token replaces the old one, which then stops
-- working. Plain SQL for H2 and PostgreSQL alike.
create table live_read_token (
    meeting_id bigint primary key references meeting (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null
);
