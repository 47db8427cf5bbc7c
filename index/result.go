package index

import (
	"context"
	"database/sql"
	"github.com/padlint/padlint/internal/fold"
	"strings"
	"unicode/utf8"
)

// snippetWords is about how many words a snippet of the text shows.
const snippetWords = 12

// result reads what a search shows of the pad of that id.
func (idx *Index) result(ctx context.Context, s *search, id int64) (Result, error) {
	var r Result
	var description string
	err := idx.db.QueryRowContext(ctx, `SELECT source, title, passed, description FROM pads WHERE id = ?`, id).
		Scan(&r.Source, &r.Title, &r.Passed, &description)
	if err != nil {
		return r, idx.wrap(err)
	}
	if r.Hashtags, err = idx.hashtags(ctx, id); err != nil {
		return r, err
	}
	r.Snippet, err = idx.snippet(ctx, s, id)
	if err == nil && r.Snippet == "" {
		r.Snippet = firstLine(description)
	}
	return r, err
}

// hashtags returns the pad's hashtags as written, once each, those of its
// header first.
func (idx *Index) hashtags(ctx context.Context, id int64) ([]string, error) {
	rows, err := idx.db.QueryContext(ctx, `SELECT key, text FROM tags WHERE pad = ? ORDER BY header DESC, line`, id)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	tags, seen := []string{}, map[string]bool{}
	for rows.Next() {
		var key, text string
		if err := rows.Scan(&key, &text); err != nil {
			return nil, idx.wrap(err)
		}
		if !seen[key] {
			seen[key] = true
			tags = append(tags, text)
		}
	}
	return tags, idx.wrap(rows.Err())
}

// snippet returns the part of the pad that matched: the words around the
// words searched for, else the line of a hashtag searched for.
func (idx *Index) snippet(ctx context.Context, s *search, id int64) (string, error) {
	var snip string
	var err error
	switch {
	case s.match != "":
		err = idx.db.QueryRowContext(ctx, `SELECT snippet(text, -1, ?, ?, '…', ?) FROM text WHERE text MATCH ? AND rowid = ?`,
			MarkStart, MarkEnd, snippetWords, s.match, id).Scan(&snip)
	case len(s.tags) > 0:
		snip, err = idx.tagLine(ctx, s.tags, id)
	}
	if err == sql.ErrNoRows {
		err = nil
	}
	return snip, idx.wrap(err)
}

// tagLine returns the line where the pad carries one of the hashtags
// keys, the header's first, with the hashtag marked.
func (idx *Index) tagLine(ctx context.Context, keys []string, id int64) (string, error) {
	args := []any{id}
	for _, k := range keys {
		args = append(args, k)
	}
	var line int
	var tag, body string
	err := idx.db.QueryRowContext(ctx, `SELECT t.line, t.text, x.body FROM tags t JOIN text x ON x.rowid = t.pad
		WHERE t.pad = ? AND t.key IN (`+params(len(keys))+`) ORDER BY t.header DESC, t.line LIMIT 1`, args...).Scan(&line, &tag, &body)
	if err != nil {
		return "", err
	}
	text := shorten(fold.NFC(nthLine(body, line)), 200) // the tag as written is composed
	return strings.Replace(text, tag, MarkStart+tag+MarkEnd, 1), nil
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
