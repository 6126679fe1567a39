-- Loads :rows benchmark tasks from the city office of 渭南市 to four of its counties (statuses, due dates
-- and progress spread evenly). Run with psql -v rows=N.
insert into task (title, category, issuer_org_id, assignee_org_id, priority, priority_rank, status, due_date, progress_percent)
select '基准任务 ' || g || '：落实“两个创建”工作要点，按时间节点报送进展',
       (array['CREATION','INSPECTION','SPECIAL','OTHER'])[1 + g % 4],
       (select id from organization where code = '610500'),
       (select id from organization where code = (array['610526','610528','610503','610582'])[1 + g % 4]),
       'NORMAL', 1, (array['NOT_STARTED','IN_PROGRESS','SUBMITTED','COMPLETED'])[1 + g % 4],
       date '2023-01-01' + (g % 700), g % 101
from generate_series(1, :rows) g;
analyze task;
