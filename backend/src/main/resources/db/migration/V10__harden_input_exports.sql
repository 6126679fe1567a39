-- Webhook deliveries carry the lease of the attempt that may record their outcome: a claim sets a
-- fresh one, a redelivery clears it, so a late result from an older attempt changes nothing.
alter table webhook_delivery add column lease uuid;
