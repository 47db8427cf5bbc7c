package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"slices"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
)

type jsonPrinter struct{ w io.Writer }

// Print writes {"pads": [...], "summary": {...}}, a pad at a time, so that
// a run over thousands of pads holds none of them.
func (p *jsonPrinter) Print(reports iter.Seq[lint.Report]) error {
	w := bufio.NewWriter(p.w)
	var sum lint.Summary
	w.WriteString(`{"pads": [`)
	for r := range reports {
		if r.Err != nil {
			continue
		}
		if sum.Pads > 0 {
			w.WriteByte(',')
		}
		sum.Add(r)
		b, err := json.Marshal(newJSONPad(r))
		if err != nil {
			return err
		}
		w.WriteString("\n")
		w.Write(escapeInvisible(b))
	}
	b, _ := json.Marshal(sum) // a struct of ints always marshals
	w.WriteString("\n],\n\"summary\": ")
	w.Write(b)
	w.WriteString("}\n")
	return w.Flush()
}

type jsonPad struct {
	Source   string          `json:"source"`
	Passed   bool            `json:"passed"`
	Header   jsonHeader      `json:"header"`
	Findings []rules.Finding `json:"findings"`
}

type jsonHeader struct {
	Title        jsonField `json:"title"`
	Description  jsonField `json:"description"`
	NextSteps    jsonField `json:"next_steps"`
	Hashtags     jsonField `json:"hashtags"`
	Context      jsonField `json:"context"`
	Participants jsonField `json:"participants"`
}

// jsonField is a field of the header: present when its label was found,
// with its value in the shape the field calls for.
type jsonField struct {
	Present bool     `json:"present"`
	Line    int      `json:"line,omitzero"`
	Value   *string  `json:"value,omitzero"`
	Lines   *int     `json:"lines,omitzero"`
	Items   []string `json:"items,omitzero"`
	Tags    []string `json:"tags,omitzero"`
}

func newJSONPad(r lint.Report) jsonPad {
	d := r.Doc
	return jsonPad{
		Source: r.Source, Passed: r.Passed,
		Header: jsonHeader{
			Title:        textField(d.Field(pad.Title), false),
			Description:  textField(d.Field(pad.Description), true),
			NextSteps:    listField(d.Field(pad.NextSteps)),
			Hashtags:     tagField(d.Field(pad.Hashtags)),
			Context:      textField(d.Field(pad.Context), false),
			Participants: listField(d.Field(pad.Participants)),
		},
		Findings: append([]rules.Finding{}, r.Findings...),
	}
}

func textField(f *pad.Field, counted bool) jsonField {
	if f == nil {
		return jsonField{}
	}
	value, n := f.Text(), len(f.Values)
	out := jsonField{Present: true, Line: f.Line, Value: &value}
	if counted {
		out.Lines = &n
	}
	return out
}

func listField(f *pad.Field) jsonField {
	if f == nil {
		return jsonField{}
	}
	return jsonField{Present: true, Line: f.Line, Items: f.Items()}
}

func tagField(f *pad.Field) jsonField {
	if f == nil {
		return jsonField{}
	}
	tags := []string{}
	for _, t := range f.Tags {
		if !t.Malformed {
			tags = append(tags, t.Text)
		}
	}
	return jsonField{Present: true, Line: f.Line, Tags: tags}
}

// escapeInvisible writes as \u escapes the characters that encoding/json
// leaves as they are though a terminal would act on them or show nothing:
// DEL, C1 controls and format characters (bidi controls, zero-width
// ones). A program reads the same data; a terminal the JSON is shown on
// gets none of them. Outside strings, JSON is ASCII: only strings change.
func escapeInvisible(b []byte) []byte {
	if !slices.ContainsFunc(b, func(c byte) bool { return c >= 0x7f }) {
		return b
	}
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r >= 0x7f && (unicode.IsControl(r) || !visible(r)) {
			for _, u := range utf16.Encode([]rune{r}) {
				out = fmt.Appendf(out, `\u%04x`, u)
			}
		} else {
			out = append(out, b[:size]...)
		}
		b = b[size:]
	}
	return out
}

// writeJSON writes v as indented JSON, invisible characters escaped.
func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeInvisible(b.Bytes()))
	return err
}
