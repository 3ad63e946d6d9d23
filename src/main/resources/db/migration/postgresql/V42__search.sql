-- Search (issue 21): PostgreSQL's full-text search over what the public sees, with indexes the database keeps.
-- civitas_fold lowers a text and takes its accents off (école, ECOLE and ecole are one word; œ and æ become two
-- letters), without the unaccent extension, which a managed database may not offer. civitas_tsv makes the words of a
-- text in French and in English (each language's stems: "jardins" finds "jardin", "gardens" finds "garden"), so that
-- a query in either language finds them; civitas_tsq reads a query the same way (websearch syntax: "a phrase", -not).
-- All are IMMUTABLE, as generated columns require. The other database searches without indexes (a development
-- database: see SearchService).
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

-- Each searched table keeps its words in a column the database computes (STORED: written with the row, never by the
-- portal's code, which does not map it), indexed by GIN: a search reads the index for the matches and the stored
-- vectors to rank them, without making the words of every match again.
ALTER TABLE proposal ADD COLUMN search_vector TSVECTOR
    GENERATED ALWAYS AS (civitas_tsv(title || ' ' || summary || ' ' || body)) STORED;
ALTER TABLE comment ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (civitas_tsv(body)) STORED;
ALTER TABLE answer ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (civitas_tsv(body)) STORED;
ALTER TABLE budget_project ADD COLUMN search_vector TSVECTOR
    GENERATED ALWAYS AS (civitas_tsv(title || ' ' || COALESCE(reason, ''))) STORED;

CREATE INDEX ix_proposal_search ON proposal USING GIN (search_vector);
CREATE INDEX ix_comment_search ON comment USING GIN (search_vector);
CREATE INDEX ix_answer_search ON answer USING GIN (search_vector);
CREATE INDEX ix_budget_project_search ON budget_project USING GIN (search_vector);
