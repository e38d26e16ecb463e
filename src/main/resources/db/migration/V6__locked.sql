-- The facilitator can lock a meeting against new parents joining.
alter table meeting add column locked boolean not null default false;
