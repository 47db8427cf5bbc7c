package index

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/padlint/padlint/internal/fold"
)

// snippetWords is about how many words a snippet of the text shows.
const snippetWords = 12

// results reads what a search shows of the pads of ids, in their order:
// a statement for the pads, one for the snippets.
func (idx *Index) results(ctx context.Context, s *search, ids []int64) ([]Result, error) {
	pads, err := idx.resultRows(ctx, ids)
	if err != nil {
		return nil, err
	}
	snippets, err := idx.snippets(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	results := make([]Result, 0, len(ids))
	for _, id := range ids {
		r := pads[id]
		if snip, ok := snippets[id]; ok {
			r.Snippet = snip
		}
		results = append(results, r)
	}
	return results, nil
}

// resultRows reads the pads of ids, with their hashtags as written, once
// each, those of their header first; the snippet is the description's
// first line until a better one is found.
func (idx *Index) resultRows(ctx context.Context, ids []int64) (map[int64]Result, error) {
	rows, err := idx.db.QueryContext(ctx, `SELECT p.id, p.source, p.title, p.passed, p.description,
		(SELECT json_group_array(key || char(9) || text) FROM (SELECT key, text FROM tags WHERE pad = p.id ORDER BY header DESC, line))
		FROM pads p WHERE p.id IN (SELECT value FROM json_each(?))`, jsonOf(ids))
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	pads := map[int64]Result{}
	for rows.Next() {
		var id int64
		var r Result
		var description, tags string
		if err := rows.Scan(&id, &r.Source, &r.Title, &r.Passed, &description, &tags); err != nil {
			return nil, idx.wrap(err)
		}
		r.Hashtags, r.Snippet = onceEach(jsonStrings(tags)), firstLine(description)
		pads[id] = r
	}
	return pads, idx.wrap(rows.Err())
}

// onceEach returns the spellings of "key\ttext" pairs, the first of each key.
func onceEach(pairs []string) []string {
	tags, seen := []string{}, map[string]bool{}
	for _, kt := range pairs {
		key, text, _ := strings.Cut(kt, "\t")
		if !seen[key] {
			seen[key] = true
			tags = append(tags, text)
		}
	}
	return tags
}

// snippets returns, for the pads of ids, the part that matched: the words
// around the words searched for, else the line of a hashtag searched for.
func (idx *Index) snippets(ctx context.Context, s *search, ids []int64) (map[int64]string, error) {
	switch {
	case s.match != "":
		return idx.strings(ctx, `SELECT rowid, snippet(text, -1, ?, ?, '…', ?) FROM text
			WHERE text MATCH ? AND rowid IN (SELECT value FROM json_each(?))`, MarkStart, MarkEnd, snippetWords, s.match, jsonOf(ids))
	case len(s.tags) > 0:
		return idx.tagLines(ctx, s.tags, ids)
	}
	return nil, nil
}

// tagLines returns, for the pads of ids, the line where each carries one
// of the hashtags keys, its header's first, with the hashtag marked.
func (idx *Index) tagLines(ctx context.Context, keys []string, ids []int64) (map[int64]string, error) {
	args := []any{jsonOf(ids)}
	for _, k := range keys {
		args = append(args, k)
	}
	rows, err := idx.db.QueryContext(ctx, `SELECT t.pad, t.line, t.text, x.c1 FROM tags t JOIN text_content x ON x.id = t.pad
		WHERE t.pad IN (SELECT value FROM json_each(?)) AND t.key IN (`+params(len(keys))+`) ORDER BY t.pad, t.header DESC, t.line`, args...)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	lines := map[int64]string{}
	for rows.Next() {
		var id int64
		var line int
		var tag, body string
		if err := rows.Scan(&id, &line, &tag, &body); err != nil {
			return nil, idx.wrap(err)
		}
		if _, done := lines[id]; !done {
			text := shorten(fold.NFC(nthLine(body, line)), 200) // the tag as written is composed
			lines[id] = strings.Replace(text, tag, MarkStart+tag+MarkEnd, 1)
		}
	}
	return lines, idx.wrap(rows.Err())
}

// strings runs q, whose rows are an id and a string.
func (idx *Index) strings(ctx context.Context, q string, args ...any) (map[int64]string, error) {
	rows, err := idx.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	m := map[int64]string{}
	for rows.Next() {
		var id int64
		var s string
		if err := rows.Scan(&id, &s); err != nil {
			return nil, idx.wrap(err)
		}
		m[id] = s
	}
	return m, idx.wrap(rows.Err())
}

// nthLine returns line n (from 1) of text.
func nthLine(text string, n int) string {
	for i := 1; i < n; i++ {
		_, text, _ = strings.Cut(text, "\n")
	}
	line, _, _ := strings.Cut(text, "\n")
	return strings.TrimSpace(line)
}

func firstLine(s string) string { return shorten(nthLine(s, 1), 200) }

// shorten cuts s to at most n characters, with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
