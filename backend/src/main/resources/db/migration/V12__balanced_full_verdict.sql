-- 优质均衡 judged as the 2017 method judges: resource allocation needs every school passing AND every CV
-- within its limit; the county verdict also needs 政府保障程度, 教育质量, 社会认可度, no one-vote veto and
-- the 基本均衡 precondition. The national set's new revision is stored by the seeder (from its resource
-- file), which also completes older local copies and recomputes the stored summaries.

-- Which revision of its resource file a seeded national set holds (null for local sets).
alter table creation_standard add column seed_revision integer;
update creation_standard set seed_revision = 1 where seed_key is not null;

-- A county's own data for a programme year: the county numbers, the hand-entered monitoring results,
-- the assessor's judgements and the recorded vetoes (their evidence are attachment links of owner type
-- CREATION_COUNTY_RETURN). Versioned apart from the school returns, so the two forms never collide.
create table creation_county_return (
    id            bigserial primary key,
    programme_id  bigint       not null references creation_programme (id) on delete cascade,
    year          integer      not null,
    data          jsonb        not null,
    updated_by    bigint,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint creation_county_return_programme_year_uk unique (programme_id, year)
);

-- The verdict of each part (and of the vetoes and the precondition) of the last assessment, for lists.
alter table creation_return add column part_verdicts jsonb;
