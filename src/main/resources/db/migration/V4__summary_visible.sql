-- The facilitator can show "who could support whom" on the projector and the phones before closing.
alter table meeting add column summary_visible boolean not null default false;
