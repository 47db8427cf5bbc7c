package index

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/padlint/padlint/internal/fold"
)

// snippetWords is about how many words a snippet of the text shows.
const snippetWords = 12

// Shown is the most characters a title or a snippet is shown with: a pad
// may hold a line of any length, a terminal or a page cannot show it.
const Shown = 200

// snippetLead is the most characters a snippet shows before its first
// match, so that a long word before it cannot push the match out of sight.
const snippetLead = 60

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
		r.Snippet = cutSnippet(r.Snippet)
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
		r.Title = ShortTitle(r.Title)
		r.Hashtags, r.Snippet = onceEach(jsonStrings(tags)), nthLine(description, 1)
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
			text := fold.NFC(nthLine(body, line)) // the tag as written is composed
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

// ShortTitle returns a title as it is shown: at most Shown characters,
// cut at a word with "…" when longer. The index keeps the whole title.
func ShortTitle(title string) string { return cut(title, Shown) }

// cutSnippet bounds a snippet to Shown characters, its marks included,
// with at most snippetLead of them before the first match; each mark it
// keeps is closed.
func cutSnippet(s string) string {
	before, after, found := strings.Cut(s, MarkStart)
	if _, long := offset(before, 0, snippetLead); found && long {
		s = tail(before, snippetLead) + MarkStart + after
	}
	return balance(cut(s, Shown))
}

// cut returns s in at most n characters, "…" included: cut at the last
// space when there is one in the second half, else between two
// characters, never between a letter and the marks or joiner that go
// with it.
func cut(s string, n int) string {
	end, longer := offset(s, n-1, n)
	if !longer {
		return s
	}
	return strings.TrimRightFunc(s[:boundary(s, end)], unicode.IsSpace) + "…"
}

// offset returns the byte offset of the k-th character of s, from 0, and
// whether s has more than n characters, reading no further.
func offset(s string, k, n int) (int, bool) {
	at, count := len(s), 0
	for i := range s {
		if count == k {
			at = i
		}
		if count == n {
			return at, true
		}
		count++
	}
	return at, false
}

// boundary returns where to cut s at or before end: at the last space in
// the second half, else at the nearest place that parts two characters
// as one sees them.
func boundary(s string, end int) int {
	if sp := strings.LastIndexFunc(s[:end], unicode.IsSpace); sp > end/2 {
		return sp
	}
	for at := end; at > end/2; {
		next, _ := utf8.DecodeRuneInString(s[at:])
		prev, size := utf8.DecodeLastRuneInString(s[:at])
		if !joined(prev, next) {
			return at
		}
		at -= size
	}
	return end
}

// tail returns the end of s in at most n characters, "…" included, from
// the start of a word when one starts in the first half.
func tail(s string, n int) string {
	start := len(s)
	for range n - 1 {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
	}
	rest := s[start:]
	if sp := strings.IndexFunc(rest, unicode.IsSpace); sp >= 0 && sp < len(rest)/2 {
		return "…" + strings.TrimLeftFunc(rest[sp:], unicode.IsSpace)
	}
	return "…" + strings.TrimLeftFunc(rest, combines)
}

// joined tells whether next is drawn with prev as one character.
func joined(prev, next rune) bool { return prev == zwj || combines(next) }

// zwj is the zero-width joiner, which joins emoji into one.
const zwj = '\u200d'

// combines tells whether r is drawn with the character before it: a
// combining mark, a skin tone or a zero-width joiner.
func combines(r rune) bool {
	return r == zwj || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) || (r >= 0x1f3fb && r <= 0x1f3ff)
}

// balance drops the marks that open an open match or close none, and
// closes the match left open: a snippet cut short keeps its marks paired.
func balance(s string) string {
	b := make([]byte, 0, len(s)+len(MarkEnd))
	open := false
	for i := range len(s) {
		switch c := s[i]; {
		case c == MarkStart[0] && open, c == MarkEnd[0] && !open:
			continue
		case c == MarkStart[0], c == MarkEnd[0]:
			open = !open
		}
		b = append(b, s[i])
	}
	if open {
		b = append(b, MarkEnd...)
	}
	return string(b)
}
