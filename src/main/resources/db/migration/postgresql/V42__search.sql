-- Search (issue 21): PostgreSQL's full-text search over what the public sees, with indexes the database keeps.
-- civitas_fold lowers a text and takes its accents off (école, ECOLE and ecole are one word; œ and æ become two
-- letters), without the unaccent extension, which a managed database may not offer. civitas_tsv makes the words of a
-- text in French and in English (each language's stems: "jardins" finds "jardin", "gardens" finds "garden"), so that
-- a query in either language finds them. Both are IMMUTABLE: the GIN indexes below are built on them, and the search
-- (org.civitas.search) writes the very same expressions so that the planner uses them. The other database searches
-- without indexes (a development database: see SearchService).
CREATE FUNCTION civitas_fold(t TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(translate(lower(t),
        'àáâãäåāçćčèéêëēėęìíîïīñńòóôõöøōùúûüūýÿžźż’',
        'aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzzz'''), 'œ', 'oe'), 'æ', 'ae')
$$;

CREATE FUNCTION civitas_tsv(t TEXT) RETURNS TSVECTOR LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('french'::regconfig, civitas_fold(t)) || to_tsvector('english'::regconfig, civitas_fold(t))
$$;

CREATE FUNCTION civitas_tsq(q TEXT) RETURNS TSQUERY LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
    SELECT websearch_to_tsquery('french'::regconfig, civitas_fold(q))
        || websearch_to_tsquery('english'::regconfig, civitas_fold(q))
$$;

CREATE INDEX ix_proposal_search ON proposal USING GIN (civitas_tsv(title || ' ' || summary || ' ' || body));
CREATE INDEX ix_comment_search ON comment USING GIN (civitas_tsv(body));
CREATE INDEX ix_answer_search ON answer USING GIN (civitas_tsv(body));
CREATE INDEX ix_budget_project_search ON budget_project USING GIN (civitas_tsv(title || ' ' || COALESCE(reason, '')));
