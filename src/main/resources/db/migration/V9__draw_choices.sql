-- The picture choices a drawn card offers in the low-literacy mode (file values, comma-separated),
-- copied when the card is drawn like its texts. Empty for cards drawn before: the kind's default.
alter table draw add column choices varchar(200);
