-- Pairs of phonetic keys (a family-name word's with a given-name word's) of each live person:
-- a typed name's candidates are the persons sharing a pair, a few hundred rows even at a
-- million persons, where a common family name's single key is shared by tens of thousands.
CREATE TABLE person_name_pair (
    pair_key   VARCHAR(25) NOT NULL,
    person_id  UUID        NOT NULL,
    PRIMARY KEY (pair_key, person_id)
);
CREATE INDEX person_name_pair_person_idx ON person_name_pair (person_id);
