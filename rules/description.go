package rules

import "github.com/padlint/padlint/pad"

var descriptionTooLong = &Rule{
	ID: "description-too-long", Severity: Warning, field: on(pad.Description),
	About: Text{
		EN: "The description is read at a glance: 3 lines at most (configurable as description_lines). The rest belongs in the notes.",
		FR: "La description se lit d'un coup d'œil : 3 lignes au plus (réglable par description_lines). Le reste a sa place dans les notes.",
	},
	message: Text{
		EN: "the description has %d lines: keep it to %d, the rest belongs in the notes",
		FR: "la description fait %d lignes : gardez-en %d, le reste a sa place dans les notes",
	},
	check: func(c *checker) {
		f, limit := c.doc.Field(pad.Description), c.cfg.DescriptionLines
		if f != nil && len(f.Values) > limit {
			c.report(f.Values[limit].Pos, "", len(f.Values), limit)
		}
	},
}
