package rules

import (
	"strings"

	"github.com/padlint/padlint/pad"
)

// Required lists the fields every pad must have.
var Required = []pad.FieldName{pad.Title, pad.Description, pad.NextSteps, pad.Hashtags}

// Skeleton writes the header for fields in a language, values left to
// fill, with the labels c knows: what to paste at the top of a pad.
func Skeleton(c *Config, lang string, fields []pad.FieldName) string {
	var b strings.Builder
	for _, f := range fields {
		label := c.labels.Suggest(f, lang)
		switch f {
		case pad.NextSteps:
			b.WriteString(fieldLine(label, lang, "") + "\n- \n")
		case pad.Hashtags:
			b.WriteString(fieldLine(label, lang, "#") + "\n")
		default:
			b.WriteString(fieldLine(label, lang, "") + "\n")
		}
	}
	return b.String()
}
