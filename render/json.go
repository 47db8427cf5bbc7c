package render

import (
	"bufio"
	"encoding/json"
	"io"
	"iter"

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
		w.Write(b)
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
