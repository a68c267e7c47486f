-- The engine also reads the author line: entities it names get mentions in the BYLINE section
-- (offsets into article.byline).
ALTER TABLE mention DROP CONSTRAINT mention_section_check;
ALTER TABLE mention ADD CONSTRAINT mention_section_check CHECK (section IN ('TITLE', 'BYLINE', 'BODY'));
