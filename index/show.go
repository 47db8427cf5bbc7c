package index

import (
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/padlint/padlint/rules"
)

// Pad is everything the index knows of a pad.
type Pad struct {
	Source       string          `json:"source"`
	Host         string          `json:"host,omitempty"`
	Title        string          `json:"title"`
	Description  string          `json:"description"`
	NextSteps    []NextStep      `json:"next_steps"`
	Hashtags     []Hashtag       `json:"hashtags"`
	Participants []string        `json:"participants"`
	Context      string          `json:"context"`
	LinksTo      []Link          `json:"links_to"`
	LinkedFrom   []Link          `json:"linked_from"`
	Lang         string          `json:"lang,omitempty"`
	Passed       bool            `json:"passed"`
	Findings     []rules.Finding `json:"findings"`
	Hash         string          `json:"hash"` // SHA-256 of the text, in hex
	Edited       *time.Time      `json:"edited,omitempty"`
	Size         *int64          `json:"size,omitempty"`
	Revision     *int64          `json:"revision,omitempty"`
	FirstIndexed time.Time       `json:"first_indexed"`
	LastIndexed  time.Time       `json:"last_indexed"` // when its text was last stored
	Gone         *time.Time      `json:"gone,omitempty"`
}

// NextStep is one of a pad's next steps.
type NextStep struct {
	Text string `json:"text"`
	Done bool   `json:"done"`
}

// Hashtag is one of a pad's hashtags.
type Hashtag struct {
	Tag    string `json:"tag"` // as written
	Key    string `json:"key"`
	Header bool   `json:"header"` // in its Hashtags field, not in the notes
	Line   int    `json:"line"`
}

// Show returns everything the index knows of the pad named source.
func (idx *Index) Show(ctx context.Context, source string) (Pad, error) {
	id, err := idx.find(ctx, source)
	if err != nil {
		return Pad{}, err
	}
	p, err := idx.pad(ctx, id)
	if err == nil {
		p.NextSteps, err = idx.nextSteps(ctx, id)
	}
	if err == nil {
		p.Hashtags, err = idx.padTags(ctx, id)
	}
	if err == nil {
		var l Links
		l, err = idx.Links(ctx, p.Source)
		p.LinksTo, p.LinkedFrom = l.To, l.From
	}
	return p, err
}

// pad reads the row of the pad of that id.
func (idx *Index) pad(ctx context.Context, id int64) (Pad, error) {
	var p Pad
	var participants, findings string
	var hash []byte
	var edited, size, revision, gone sql.NullInt64
	var first, last int64
	err := idx.db.QueryRowContext(ctx, `SELECT source, host, title, description, context, participants, lang, passed,
		findings, hash, edited, size, revision, first_indexed, last_indexed, gone FROM pads WHERE id = ?`, id).
		Scan(&p.Source, &p.Host, &p.Title, &p.Description, &p.Context, &participants, &p.Lang, &p.Passed,
			&findings, &hash, &edited, &size, &revision, &first, &last, &gone)
	if err != nil {
		return p, idx.wrap(err)
	}
	p.Participants, p.Hash = jsonStrings(participants), hex.EncodeToString(hash)
	json.Unmarshal([]byte(findings), &p.Findings) // written by the index, from findings
	if p.Findings == nil {
		p.Findings = []rules.Finding{} // none: [] in JSON, as the other lists
	}
	p.Edited, p.Gone = timeOf(edited), timeOf(gone)
	p.Size, p.Revision = intOf(size), intOf(revision)
	p.FirstIndexed, p.LastIndexed = time.Unix(0, first), time.Unix(0, last)
	return p, nil
}

func timeOf(n sql.NullInt64) *time.Time {
	if !n.Valid {
		return nil
	}
	t := time.Unix(0, n.Int64)
	return &t
}

func intOf(n sql.NullInt64) *int64 {
	if !n.Valid {
		return nil
	}
	return &n.Int64
}

// nextSteps reads the pad's next steps, in order.
func (idx *Index) nextSteps(ctx context.Context, id int64) ([]NextStep, error) {
	rows, err := idx.db.QueryContext(ctx, `SELECT text, done FROM steps WHERE pad = ? ORDER BY n`, id)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	steps := []NextStep{}
	for rows.Next() {
		var s NextStep
		if err := rows.Scan(&s.Text, &s.Done); err != nil {
			return nil, idx.wrap(err)
		}
		steps = append(steps, s)
	}
	return steps, idx.wrap(rows.Err())
}

// padTags reads the pad's hashtags, those of the header first.
func (idx *Index) padTags(ctx context.Context, id int64) ([]Hashtag, error) {
	rows, err := idx.db.QueryContext(ctx, `SELECT text, key, header, line FROM tags WHERE pad = ? ORDER BY header DESC, line, key`, id)
	if err != nil {
		return nil, idx.wrap(err)
	}
	defer rows.Close()
	tags := []Hashtag{}
	for rows.Next() {
		var t Hashtag
		if err := rows.Scan(&t.Tag, &t.Key, &t.Header, &t.Line); err != nil {
			return nil, idx.wrap(err)
		}
		tags = append(tags, t)
	}
	return tags, idx.wrap(rows.Err())
}
