-- In-app notifications (站内通知): one row per recipient user. Deadline reminders carry the day they are
-- about, so the daily run creates each at most once per object, kind and day (the unique index).
create table notification (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id),
    kind         varchar(30)  not null,
    work_kind    varchar(30)  not null,
    work_id      bigint       not null,
    title        varchar(300) not null,
    link         varchar(200) not null,
    reminder_day date,
    created_at   timestamptz  not null,
    read_at      timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc, id desc);
create index notification_unread_idx on notification (user_id) where read_at is null;
create unique index notification_reminder_uk on notification (user_id, kind, work_kind, work_id, reminder_day)
    where reminder_day is not null;
