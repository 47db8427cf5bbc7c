package rules

import (
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"github.com/padlint/padlint/pad"
)

var hashtagMalformed = &Rule{
	ID: "hashtag-malformed", Severity: Warning, field: on(pad.Hashtags),
	About: Text{
		EN: "A hashtag is '#' and one word, without a space: #communs, #tiers-lieux, #économie_sociale.",
		FR: "Un hashtag, c'est « # » et un seul mot, sans espace : #communs, #tiers-lieux, #économie_sociale.",
	},
	message: Text{
		EN: "“%s” is not a hashtag: write '#' and one word, without a space",
		FR: "« %s » n'est pas un hashtag : écrivez « # » et un seul mot, sans espace",
	},
	check: func(c *checker) {
		for _, t := range headerTags(c.doc) {
			if t.Malformed {
				c.report(t.Pos, fixTag(t.Text), t.Text)
			}
		}
	},
}

var hashtagUnknown = &Rule{
	ID: "hashtag-unknown", Severity: Warning, field: on(pad.Hashtags),
	About: Text{
		EN: "When a community keeps a vocabulary of hashtags (vocabulary in .padlint.yaml), pads use its tags, so that one subject has one tag.",
		FR: "Quand une communauté tient un vocabulaire de hashtags (vocabulary dans .padlint.yaml), les pads emploient ses mots, pour qu'un sujet ait un seul hashtag.",
	},
	message: Text{
		EN: "%s is not in the community's vocabulary",
		FR: "%s n'est pas dans le vocabulaire de la communauté",
	},
	check: func(c *checker) {
		if len(c.cfg.vocab) == 0 {
			return
		}
		for _, t := range headerTags(c.doc) {
			if _, ok := c.cfg.vocab[t.Key]; !ok && !t.Malformed {
				c.report(t.Pos, c.cfg.closestTag(t.Key), t.Text)
			}
		}
	},
}

func headerTags(doc *pad.Doc) []pad.Tag {
	var tags []pad.Tag
	for _, f := range doc.Fields {
		tags = append(tags, f.Tags...)
	}
	return tags
}

// fixTag writes a malformed tag's words as one hashtag: "# économie
// sociale" becomes "#économie_sociale".
func fixTag(text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_'
	})
	if len(words) == 0 {
		return ""
	}
	return "#" + strings.Join(words, "_")
}

// closestTag returns the vocabulary's tag nearest to key, if one is near.
func (c *Config) closestTag(key string) string {
	best, bestDist := "", max(2, len(key)/3)+1
	for k, spelling := range c.vocab {
		if d := levenshtein.ComputeDistance(key, k); d < bestDist || d == bestDist && spelling < best {
			best, bestDist = spelling, d
		}
	}
	return best
}
