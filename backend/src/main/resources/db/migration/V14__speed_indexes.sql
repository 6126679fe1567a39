-- Speed (issue #15): what the hot read paths need from the schema.

-- Every replica keeps the callers it resolved from tokens in memory (CallerCache). Any change to what a
-- caller is made of notifies at commit, whichever replica or tool made it, and every replica forgets.
create function notify_caller_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('dudao_caller', tg_table_name);
    return null;
end
$$;
create trigger app_user_caller_change after insert or update or delete on app_user
    for each statement execute function notify_caller_change();
create trigger organization_caller_change after update or delete on organization
    for each statement execute function notify_caller_change();
create trigger api_client_caller_change after update or delete on api_client
    for each statement execute function notify_caller_change();
