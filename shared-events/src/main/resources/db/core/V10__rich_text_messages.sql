-- Rich-text messages: every message keeps its sanitised HTML (body_html) beside its plain text (body), which search,
-- the API's plain `body` and e-mail use. Both are personal data of the same row, so erasure deletes them together.
ALTER TABLE pii.ticket_content ADD COLUMN body_html TEXT;

-- Messages written before were plain text: their HTML is the escaped text, a paragraph per block between blank lines
-- and a <br> per line break (as the command side renders plain text).
UPDATE pii.ticket_content
   SET body_html = '<p>' || replace(regexp_replace(
           replace(replace(replace(replace(btrim(replace(body, E'\r\n', E'\n'), E' \t\n'),
               '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
           E'\n\\s*\n', '</p><p>', 'g'), E'\n', '<br>') || '</p>'
 WHERE kind = 'message';

