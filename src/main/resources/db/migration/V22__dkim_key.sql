-- The DKIM key that signs every outgoing mail: made on first start (or given by the settings,
-- masthead.mail.dkim.private-key, which then wins), kept in the database so every node signs with
-- the same key and the DNS record published for it stays good after a restart. One row.
create table dkim_keys (
    id          int            not null primary key,
    private_key varchar(4000)  not null,
    public_key  varchar(1000)  not null,
    created_at  timestamp(6) with time zone not null
);
