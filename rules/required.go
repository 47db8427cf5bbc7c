package rules

import (
	"github.com/padlint/padlint/pad"
)

var titleMissing = &Rule{
	ID: "title-missing", Severity: Error, field: on(pad.Title),
	About: Text{
		EN: "Every pad starts with a title, one line, so that whoever finds it knows what it is about. An unlabelled first heading is offered as the title.",
		FR: "Chaque pad commence par un titre, en une ligne, pour que qui le trouve sache de quoi il parle. Un premier titre de section sans étiquette est proposé comme titre.",
	},
	message: Text{
		EN: "the pad has no title: add “%s: …” at the top",
		FR: "le pad n'a pas de titre : ajoutez « %s : … » en haut",
	},
	check: func(c *checker) {
		if c.doc.Field(pad.Title) != nil {
			return
		}
		at, suggestion := pad.Pos{Line: c.doc.HeaderLine, Column: 1}, ""
		if h := c.doc.Heading; h != nil {
			at, suggestion = h.Pos, fieldLine(c.label(pad.Title), c.padLang(), h.Text)
		}
		c.report(at, suggestion, c.label(pad.Title))
	},
}

var titleEmpty = emptyRule(pad.Title, "title-empty",
	Text{EN: "The title label is there; the title must be written after it.", FR: "L'étiquette du titre est là ; le titre doit être écrit après."},
	Text{EN: "the title is empty: write the workshop's name after “%s”", FR: "le titre est vide : écrivez le nom de l'atelier après « %s »"})

var descriptionMissing = missingRule(pad.Description, "description-missing",
	Text{EN: "A description of at most 3 lines tells a newcomer what the pad holds, without reading it all.", FR: "Une description de 3 lignes au plus dit à qui arrive ce que contient le pad, sans tout lire."},
	Text{EN: "the pad has no description: add “%s:” and three lines under the title", FR: "le pad n'a pas de description : ajoutez « %s : » et trois lignes sous le titre"})

var descriptionEmpty = emptyRule(pad.Description, "description-empty",
	Text{EN: "The description label is there; the description must be written under it.", FR: "L'étiquette de la description est là ; la description doit être écrite dessous."},
	Text{EN: "the description is empty: say in up to three lines what happened, under “%s”", FR: "la description est vide : dites en trois lignes au plus ce qui s'est passé, sous « %s »"})

var nextStepsMissing = missingRule(pad.NextSteps, "next-steps-missing",
	Text{EN: "Next steps, one a line, are where the next person picks the work up.", FR: "Les étapes suivantes, une par ligne, sont là où la personne suivante reprend le travail."},
	Text{EN: "the pad has no next steps: add “%s:” with one step a line", FR: "le pad n'a pas d'étapes suivantes : ajoutez « %s : » avec une étape par ligne"})

var nextStepsEmpty = emptyRule(pad.NextSteps, "next-steps-empty",
	Text{EN: "The next steps label is there; the steps must be listed under it.", FR: "L'étiquette des étapes suivantes est là ; les étapes doivent être listées dessous."},
	Text{EN: "no next step is written: list what is left to do under “%s”, one a line", FR: "aucune étape n'est écrite : listez ce qui reste à faire sous « %s », une par ligne"})

var hashtagsMissing = missingRule(pad.Hashtags, "hashtags-missing",
	Text{EN: "Hashtags link the pad to the others on the same subjects; that is how traces are found again.", FR: "Les hashtags relient le pad aux autres sur les mêmes sujets ; c'est ainsi qu'on retrouve les traces."},
	Text{EN: "the pad has no hashtags: add “%s:” with a few #words", FR: "le pad n'a pas de hashtags : ajoutez « %s : » avec quelques #mots"})

var hashtagsEmpty = emptyRule(pad.Hashtags, "hashtags-empty",
	Text{EN: "The hashtags label is there; it needs at least one #word.", FR: "L'étiquette des hashtags est là ; il lui faut au moins un #mot."},
	Text{EN: "no hashtag is written: add a few #words after “%s”", FR: "aucun hashtag n'est écrit : ajoutez quelques #mots après « %s »"})

// missingRule is the rule that a required field is there.
func missingRule(f pad.FieldName, id string, about, message Text) *Rule {
	return &Rule{ID: id, Severity: Error, About: about, message: message, field: on(f),
		check: func(c *checker) {
			if c.doc.Field(f) == nil {
				c.report(pad.Pos{Line: c.doc.HeaderLine, Column: 1}, "", c.label(f))
			}
		}}
}

// emptyRule is the rule that a required field, when there, has a value.
func emptyRule(f pad.FieldName, id string, about, message Text) *Rule {
	return &Rule{ID: id, Severity: Error, About: about, message: message, field: on(f),
		check: func(c *checker) {
			if field := c.doc.Field(f); field != nil && isEmpty(field) {
				c.report(field.Pos, "", field.Label)
			}
		}}
}

func isEmpty(f *pad.Field) bool {
	if f.Name == pad.Hashtags {
		for _, t := range f.Tags {
			if !t.Malformed {
				return false
			}
		}
		return true
	}
	for _, v := range f.Values {
		if v.Text != "" {
			return false
		}
	}
	return true
}

// fieldLine writes a label and a value the way the pad's language does:
// French puts a space before the colon.
func fieldLine(label, lang, value string) string {
	if lang == "fr" {
		return label + " : " + value
	}
	return label + ": " + value
}
