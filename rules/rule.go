package rules

import (
	"fmt"

	"github.com/padlint/padlint/pad"
)

// Text is a sentence in English and in French.
type Text struct{ EN, FR string }

// In returns the sentence in a language: "fr" or, by default, English.
func (t Text) In(lang string) string {
	if lang == "fr" {
		return t.FR
	}
	return t.EN
}

// Rule is one check of the convention.
type Rule struct {
	ID       string
	Severity Severity // unless configured
	About    Text     // what the rule asks for, and why
	message  Text     // a format for one finding's message
	check    func(c *checker)
	field    *pad.FieldName // the field of the header it checks, if one
}

// Field returns the field of the header the rule checks, if it checks one.
func (r *Rule) Field() (pad.FieldName, bool) {
	if r.field == nil {
		return 0, false
	}
	return *r.field, true
}

// on returns a pointer to a field's name, for Rule.field.
func on(f pad.FieldName) *pad.FieldName { return &f }

// All lists every rule, in the order the convention gives them.
var All = []*Rule{
	titleMissing, titleEmpty,
	descriptionMissing, descriptionEmpty, descriptionTooLong,
	nextStepsMissing, nextStepsEmpty,
	hashtagsMissing, hashtagsEmpty, hashtagMalformed, hashtagUnknown,
	headerNotAtTop, fieldOutsideHeader, fieldDuplicate, labelNearMiss,
	welcomeText, notUTF8, frontMatterInvalid,
}

// Lookup returns the rule with that id.
func Lookup(id string) (*Rule, bool) {
	for _, r := range All {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

// Check runs the rules cfg leaves on against a pad, and returns what they
// found, in the order of the pad.
func Check(doc *pad.Doc, cfg *Config) []Finding {
	var out []Finding
	for _, r := range All {
		if sev := cfg.Severity(r); sev != Off {
			r.check(&checker{doc: doc, cfg: cfg, rule: r, sev: sev, out: &out})
		}
	}
	return sortFindings(out)
}

type checker struct {
	doc  *pad.Doc
	cfg  *Config
	rule *Rule
	sev  Severity
	out  *[]Finding
}

// report adds a finding at pos, its message made from the rule's format
// and args in the configured language.
func (c *checker) report(pos pad.Pos, suggestion string, args ...any) {
	*c.out = append(*c.out, Finding{
		Rule: c.rule.ID, Severity: c.sev,
		Line: max(pos.Line, 1), Column: max(pos.Column, 1),
		Message:    fmt.Sprintf(c.rule.message.In(c.cfg.Lang), args...),
		Suggestion: suggestion,
	})
}

// padLang is the language to suggest labels in: the pad's own, when known.
func (c *checker) padLang() string {
	if c.doc.Lang != "" {
		return c.doc.Lang
	}
	return c.cfg.Lang
}

// label is how the pad should label a field, such as "Étapes suivantes".
func (c *checker) label(f pad.FieldName) string {
	return c.cfg.labels.Suggest(f, c.padLang())
}
