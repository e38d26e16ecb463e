-- A parent's agreement to share their contact detail with one other parent of the same meeting.
-- Only when both have agreed does either see the other's detail.
create table contact_consent (
    meeting_id bigint not null references meeting (id) on delete cascade,
    from_participant bigint not null references participant (id) on delete cascade,
    to_participant bigint not null references participant (id) on delete cascade,
    contact varchar(200) not null,
    created_at timestamp with time zone not null,
    primary key (from_participant, to_participant)
);
create index contact_consent_meeting on contact_consent (meeting_id);
