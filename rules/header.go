package rules

import "github.com/padlint/padlint/pad"

var headerNotAtTop = &Rule{
	ID: "header-not-at-top", Severity: Warning,
	About: Text{
		EN: "The header is the first thing in the pad, where whoever comes next looks. A few lines may stand above it (header_within, 5 by default); the host's welcome text does not count.",
		FR: "L'en-tête est la première chose du pad, là où regarde qui vient ensuite. Quelques lignes peuvent le précéder (header_within, 5 par défaut) ; le texte d'accueil de l'hébergeur ne compte pas.",
	},
	message: Text{
		EN: "the header starts under %d lines of notes: move it to the top of the pad",
		FR: "l'en-tête commence sous %d lignes de notes : remontez-le en haut du pad",
	},
	check: func(c *checker) {
		if c.doc.HeaderDepth > c.cfg.HeaderWithin {
			c.report(pad.Pos{Line: c.doc.HeaderLine, Column: 1}, "", c.doc.HeaderDepth)
		}
	},
}

var fieldOutsideHeader = &Rule{
	ID: "field-outside-header", Severity: Warning,
	About: Text{
		EN: "A field written further down still counts, but it belongs in the header at the top, where it is looked for.",
		FR: "Un champ écrit plus bas compte quand même, mais sa place est dans l'en-tête en haut, là où on le cherche.",
	},
	message: Text{
		EN: "“%s” is down in the notes: move it up into the header",
		FR: "« %s » est plus bas dans les notes : remontez-le dans l'en-tête",
	},
	check: func(c *checker) {
		for i, f := range c.doc.Fields {
			if !f.InHeader && firstOf(c.doc, i) {
				c.report(f.Pos, "", f.Label)
			}
		}
	},
}

var fieldDuplicate = &Rule{
	ID: "field-duplicate", Severity: Warning,
	About: Text{
		EN: "Each field is given once; a second one leaves the reader wondering which is right.",
		FR: "Chaque champ est donné une fois ; un second laisse le lecteur se demander lequel est le bon.",
	},
	message: Text{
		EN: "“%s” is given again (first on line %d): keep one",
		FR: "« %s » est donné une seconde fois (d'abord ligne %d) : n'en gardez qu'un",
	},
	check: func(c *checker) {
		for i, f := range c.doc.Fields {
			if !firstOf(c.doc, i) {
				c.report(f.Pos, "", f.Label, c.doc.Field(f.Name).Line)
			}
		}
	},
}

// firstOf tells whether the i-th field is the first with its name.
func firstOf(doc *pad.Doc, i int) bool {
	for _, f := range doc.Fields[:i] {
		if f.Name == doc.Fields[i].Name {
			return false
		}
	}
	return true
}

var labelNearMiss = &Rule{
	ID: "label-near-miss", Severity: Warning,
	About: Text{
		EN: "A label with a typo is read as the label it is close to, and reported, so that the next pad has it right.",
		FR: "Une étiquette avec une faute de frappe est lue comme celle dont elle est proche, et signalée, pour que le prochain pad l'écrive juste.",
	},
	message: Text{
		EN: "“%s” is read as “%s”: write it so",
		FR: "« %s » est lu comme « %s » : écrivez-le ainsi",
	},
	check: func(c *checker) {
		for _, f := range c.doc.Fields {
			if f.Near {
				c.report(f.Pos, f.Known, f.Label, f.Known)
			}
		}
	},
}
