-- A follow-up meeting starts from an earlier meeting's group: its parents, offers and requests.
alter table meeting add column previous_meeting_id bigint;
alter table participant add column carried_from bigint;
create index participant_carried_from on participant (carried_from);
