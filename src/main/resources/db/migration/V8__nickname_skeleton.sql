-- nickname_key now holds the nickname's look-alike skeleton (nl.buurtkaarten.base.UserText.skeleton),
-- which can be longer than the name itself. Keys of parents who joined before stay as they were
-- (the name in lower case); the skeleton of a plain name is the same in almost every case.
alter table participant alter column nickname_key set data type varchar(255);
